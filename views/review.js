var items = Array.from(document.querySelectorAll('.item')), at = -1;
function go(k) { if (!items.length) return; at = Math.max(0, Math.min(items.length - 1, k)); items[at].focus(); }
var done = document.getElementById('review-done');  // after an action the focus stays where the work goes on
if (done) { var next = document.getElementById(done.dataset.next || ''); if (next) go(items.indexOf(next)); else go(0); }
document.addEventListener('keydown', function (e) {
  var t = e.target;
  if (e.ctrlKey || e.metaKey || e.altKey || t.tagName === 'TEXTAREA' || t.tagName === 'SELECT' ||
      (t.tagName === 'INPUT' && t.type !== 'checkbox')) return;
  var it = t.closest && t.closest('.item');
  if (it) at = items.indexOf(it);
  var act = {a: 'approve', r: 'reject', l: 'relabel', p: 'positive', n: 'negative'}[e.key];
  if (e.key === 'u' && done && done.querySelector('button[value=undo]')) { done.querySelector('button[value=undo]').click(); }
  else if (e.key === 'j') go(at + 1);
  else if (e.key === 'k') go(at - 1);
  else if (act && it) { var b = it.querySelector('button[value=' + act + ']'); if (!b) return; b.click(); }
  else return;
  e.preventDefault();
});
