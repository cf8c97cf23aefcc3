var t = document.getElementById('moviereview'), c = document.getElementById('moviereview-count');
function u() { c.textContent = 'Now ' + t.value.length.toLocaleString('en') + '.'; }
t.addEventListener('input', u);
u();
t.addEventListener('keydown', function (e) {
  if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) { e.preventDefault(); t.form.requestSubmit(); }
});
