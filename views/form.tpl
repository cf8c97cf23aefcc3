% rebase("layout.tpl", title="Classify a review")
<h1>{{_("Is this review positive or negative?")}}</h1>
% if message:
<p class="error" role="alert" id="review-error">{{_(message)}}</p>
% end
<form class="card" method="post" action="/results">
  <label for="moviereview">{{_("Your review")}}</label>
  <textarea id="moviereview" name="moviereview" required maxlength="20000"
% if message:
    aria-invalid="true" aria-describedby="review-error moviereview-limits moviereview-count"
% else:
    aria-describedby="moviereview-limits moviereview-count"
% end
    placeholder="{{_("I loved the acting, but the plot…")}}">{{review}}</textarea>
  <p class="hint"><span id="moviereview-limits">{{_("At least {min_review} characters ({min_cjk} in Chinese or Japanese), at most 20,000.", min_review=min_review, min_cjk=min_cjk)}}</span>
  <span id="moviereview-count" data-now="{{_("Now {n} characters, {cjk} of them Chinese or Japanese.")}}"
    data-short="{{_("Write at least {min_review} characters, or {min_cjk} Chinese or Japanese ones.", min_review=min_review, min_cjk=min_cjk)}}"></span></p>
  <button type="submit" aria-keyshortcuts="Control+Enter">{{_("Classify")}}</button> <span class="hint">{{_("or Ctrl+Enter")}}</span>
</form>
<form method="post" action="/results" class="buttons" id="examples" aria-label="{{_("Examples")}}">
  <span class="hint">{{_("Or try one:")}}</span>
  % for example in examples:
  <button type="submit" name="moviereview" value="{{example}}" class="secondary" lang="{{lang_of(example)}}">{{example}}</button>
  % end
</form>
<script>{{!scripts["counter"]}}</script>
