% rebase("layout.tpl", title="The model")
<h1>The model</h1>
% for v, card in cards.items():
<section class="card" id="card-{{v}}" aria-labelledby="card-{{v}}-title">
  <h2 id="card-{{v}}-title">Version {{v}}{{" (served)" if int(v) == served else " (a candidate: it answers when named)"}}</h2>
  <dl>
    <dt>Languages</dt>
    <dd>{{", ".join(f"{l['name']}: {l['rows']:,} training rows" for l in card["languages"]) or "not recorded (made before versions recorded them)"}}</dd>
    <dt>Trained on</dt>
    % data = card["training_data"] or {}
    <dd>{{data.get("path", "not recorded")}}{{f", {data['rows']:,} rows" if data.get("rows") else ""}}{{f"; then feedback up to row {card['feedback_upto']}" if card["feedback_upto"] else ""}}</dd>
    % for source in card["sources"]:
    <dd>{{source}}</dd>
    % end
    <dt>Intended use</dt>
    <dd>{{card["intended_use"]}}</dd>
    <dt>On the rows it held out</dt>
    % if card["held_out"]:
    <dd>{{", ".join(f"{k.title() if k != 'CJK' else 'Chinese'} {100 * h['accuracy']:.1f}% of {h['rows']:,}" for k, h in card["held_out"].items())}}</dd>
    % else:
    <dd>not recorded</dd>
    % end
    % if card["known_limits"]:
    <dt>Known limits</dt>
    %   for limit in card["known_limits"]:
    <dd>{{limit}}</dd>
    %   end
    % end
  </dl>
</section>
% end
<p class="hint">The same as JSON: <a href="/api/model">/api/model</a> (<code>cards</code>).</p>
