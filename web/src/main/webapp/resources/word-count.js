// Live word count of the Request's description. The server counts again and decides; this only informs.
// Intl.Segmenter's word segments with isWordLike match the server's BreakIterator rule closely.
(function () {
  var area = document.getElementById('request:description');
  var out = document.getElementById('request:wordcount');
  if (!area || !out) { return; }
  var limit = parseInt(out.getAttribute('data-limit'), 10);
  var template = out.getAttribute('data-template');
  var segmenter = window.Intl && Intl.Segmenter ? new Intl.Segmenter(undefined, {granularity: 'word'}) : null;
  function count(text) {
    if (segmenter) {
      var n = 0;
      for (var s of segmenter.segment(text)) { if (s.isWordLike) { n++; } }
      return n;
    }
    var m = text.match(/[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu);
    return m ? m.length : 0;
  }
  function update() {
    var n = count(area.value);
    out.textContent = template.replace('{0}', n).replace('{1}', limit);
    out.classList.toggle('over', n > limit);
  }
  area.addEventListener('input', update);
  update();
})();
