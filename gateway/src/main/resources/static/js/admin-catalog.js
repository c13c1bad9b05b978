// The catalog's admin pages (products, site templates, coupons), enhanced: every form works without this script;
// with it, fields that do not apply to the current choice step aside, and a new product's slug follows its name.

/** Shows `element` only while `applies()` holds, re-checked whenever `form` changes. Hidden inputs still post. */
function showWhile(form, element, applies) {
  if (!form || !element) return;
  const update = () => { element.hidden = !applies(); };
  form.addEventListener('change', update);
  update();
}

const product = document.getElementById('product-form');
if (product) {
  const allow = product.elements.allowTemplates;
  if (allow) showWhile(product, document.getElementById('template-mode'), () => allow.checked);
  const name = product.elements.name;
  const slug = product.elements.slug;
  if (name && slug && product.elements.type && !slug.value) {
    let typed = false;
    slug.addEventListener('input', () => { typed = true; });
    name.addEventListener('input', () => {
      if (typed) return;
      slug.value = name.value.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase()
        .replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 64);
    });
  }
}

const coupon = document.getElementById('coupon-form');
if (coupon) {
  const kind = () => coupon.elements.kind.value;
  const duration = () => coupon.elements.duration.value;
  showWhile(coupon, document.getElementById('currency-field'), () => kind() !== 'percent');
  showWhile(coupon, document.getElementById('cycles-field'), () => duration() !== 'once' && duration() !== 'forever');
}
