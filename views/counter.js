// The server's rule (clean_review), kept here in the same words: the counter and the form refuse
// exactly what the server would.
function rule(value) {
  var text = value.replace(/\r\n?/g, '\n').trim(), n = Array.from(text).length;  // code points
  var cjk = (text.match(/[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/g) || []).length;
  return {n: n, cjk: cjk, enough: n >= MIN_REVIEW || cjk >= MIN_CJK_REVIEW};
}
var t = document.getElementById('moviereview'), c = document.getElementById('moviereview-count');
function u() {
  var r = rule(t.value);
  c.textContent = c.dataset.now.replace('{n}', r.n.toLocaleString()).replace('{cjk}', r.cjk.toLocaleString());
  t.setCustomValidity(r.enough || !r.n ? '' : c.dataset.short);
}
t.addEventListener('input', u);
u();
t.addEventListener('keydown', function (e) {
  if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) { e.preventDefault(); t.form.requestSubmit(); }
});
