document.querySelectorAll('th button[data-key]').forEach(function (b) {
  b.addEventListener('click', function () {
    var k = b.dataset.key, t = b.closest('table').tBodies[0], r = Array.from(t.rows), up = b.dataset.up !== '1';
    r.sort(function (x, y) { var p = x.dataset[k], q = y.dataset[k]; return (p < q ? -1 : p > q ? 1 : 0) * (up ? 1 : -1); });
    r.forEach(function (x) { t.appendChild(x); });
    b.dataset.up = up ? '1' : '0';
    document.querySelectorAll('th[aria-sort]').forEach(function (h) { h.removeAttribute('aria-sort'); });
    b.parentNode.setAttribute('aria-sort', up ? 'ascending' : 'descending');
  });
});
