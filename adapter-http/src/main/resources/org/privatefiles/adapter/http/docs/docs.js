// Starts Swagger UI on the service's own OpenAPI description (kept out of the page so that no inline script is needed).
window.addEventListener("load", function () {
  window.ui = SwaggerUIBundle({
    url: "/api/schema/?format=json",
    dom_id: "#swagger-ui",
    deepLinking: true,
    persistAuthorization: false,
    tryItOutEnabled: false,
    validatorUrl: null,
    presets: [SwaggerUIBundle.presets.apis],
    layout: "BaseLayout"
  });
});
