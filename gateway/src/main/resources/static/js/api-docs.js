// The API description page (/api/docs): Swagger UI from its WebJar, reading the gateway's merged description.
// No validator badge (it would call validator.swagger.io); "Try it out" sends the page's CSRF token, as the account
// page does, so a signed-in browser can try writes too.
const root = document.getElementById('swagger-ui');

function csrfToken() {
  const cookie = document.cookie.split('; ').find(c => c.startsWith('XSRF-TOKEN='));
  return cookie ? decodeURIComponent(cookie.substring('XSRF-TOKEN='.length)) : null;
}

window.SwaggerUIBundle({
  url: root.dataset.description,
  domNode: root,
  deepLinking: true,
  validatorUrl: null,
  requestInterceptor: request => {
    const token = csrfToken();
    if (token) {
      request.headers['X-XSRF-TOKEN'] = token;
    }
    return request;
  }
});
