% rebase("layout.tpl", title="Many reviews")
<h1>{{_("Classify many reviews at once")}}</h1>
<form class="card" method="post" action="/batch" enctype="multipart/form-data">
  <label for="reviews">{{_("Reviews, one per line")}}</label>
  <textarea id="reviews" name="reviews" aria-describedby="reviews-hint">{{reviews}}</textarea>
  <p class="hint" id="reviews-hint">{{!_("Up to 1,000 reviews or 2 MB. A first line with a <code>review</code> (or <code>text</code>, <code>评论</code>…) column makes it a CSV, comma- or tab-separated, whose cells may span lines; a <code>label</code> column shows how often the model agrees.")}}</p>
  <label for="upload">{{_("Or upload a CSV or a text file (UTF-8, UTF-16 or GB18030, as Excel saves them)")}}</label>
  <input type="file" id="upload" name="upload" accept=".csv,.txt,text/csv,text/plain">
  <div class="buttons">
    <button type="submit">{{_("Classify")}}</button>
    <button type="submit" formaction="/batch.csv" class="secondary">{{_("Download the results as CSV")}}</button>
  </div>
</form>
% if rows:
%   bad = sum(1 for r in rows if r[2])
<h2 id="batch-results">{{_("{n} classified, {bad} refused", n=len(rows) - bad, bad=bad) if bad else _("{n} classified", n=len(rows))}}</h2>
% if labelled:
<p id="batch-agreement">{{_("The model agrees with the file's labels on {agree} of {labelled} labelled reviews ({share}%).", agree=agree, labelled=labelled, share="%.1f" % (100 * agree / labelled))}}</p>
% end
<p class="hint">{{_("Press a column's name to sort by it; press again to reverse.")}}</p>
<div class="scroll">
<table id="batch-table" aria-labelledby="batch-results">
<thead><tr>
  <th scope="col"><button type="button" class="link" data-key="line">{{_("Line")}}</button></th>
  <th scope="col">{{_("Review")}}</th>
  <th scope="col"><button type="button" class="link" data-key="label">{{_("Label")}}</button></th>
  <th scope="col"><button type="button" class="link" data-key="confidence">{{_("Confidence")}}</button></th>
</tr></thead>
<tbody>
%   for line, review, error, a in rows:
%     if error:
<tr class="refused" data-line="{{"%09d" % line}}" data-label="~" data-confidence="~">
  <td>{{line}}</td><td class="review-cell" lang="{{lang_of(review)}}">{{review[:300]}}</td>
  <td colspan="2"><span class="error-text">{{_("Not classified: {error}", error=_(error))}}</span></td></tr>
%     else:
<tr data-line="{{"%09d" % line}}" data-label="{{a["label"]}}" data-confidence="{{"%.6f" % a["probability"]}}">
  <td>{{line}}</td><td class="review-cell" lang="{{lang_of(review)}}">{{review[:300]}}{{"…" if len(review) > 300 else ""}}</td>
  <td class="{{a["label"]}}">{{_("Unsure") if a["unsure"] else _(a["label"])}}{{_(" (feedback)") if a["source"] == "feedback" else ""}}</td>
  <td>{{percent(a["probability"])}}</td></tr>
%     end
%   end
</tbody></table>
</div>
<script>{{!scripts["sort"]}}</script>
% end
