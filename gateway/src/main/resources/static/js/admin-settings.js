// The admin's settings page: the add-domain instructions' preview follows what the admin types, with the
// network's domain and IP filled in as customers will read them (the server renders the same on load).
const form = document.getElementById('settings-form');
const preview = document.getElementById('instructions-preview');

function render() {
  const instructions = form.elements.addDomainInstructions.value;
  preview.textContent = instructions
    .replaceAll('%NETWORK_DOMAIN%', form.elements.networkDomain.value.trim())
    .replaceAll('%NETWORK_IP%', form.elements.networkIp.value.trim());
}

if (form && preview) {
  for (const name of ['addDomainInstructions', 'networkDomain', 'networkIp']) {
    form.elements[name].addEventListener('input', render);
  }
}
