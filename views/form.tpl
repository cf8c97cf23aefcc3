% rebase("layout.tpl", title="Classify a movie review")
<h1>Is this movie review positive or negative?</h1>
% if message:
<p class="error" role="alert" id="review-error">{{message}}</p>
% end
<form class="card" method="post" action="/results">
  <label for="moviereview">Your movie review</label>
  <textarea id="moviereview" name="moviereview" required minlength="15" maxlength="20000"
    aria-describedby="moviereview-count"
    placeholder="I loved the acting, but the plot…">{{review}}</textarea>
  <p class="hint" id="moviereview-count" aria-live="polite">Between 15 and 20,000 characters.</p>
  <button type="submit">Classify</button>
</form>
<script>{{!counter_js}}</script>
