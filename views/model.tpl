% rebase("layout.tpl", title="The model")
<h1>{{_("The model")}}</h1>
% for v, card in cards.items():
<section class="card" id="card-{{v}}" aria-labelledby="card-{{v}}-title">
  <h2 id="card-{{v}}-title">{{_("Version {v} (served)", v=v) if int(v) == served else _("Version {v} (a candidate: it answers when named)", v=v)}}</h2>
  <dl>
    <dt>{{_("Languages")}}</dt>
    <dd>{{_(", ").join(_("{name}: {rows:,} training rows", name=_(l["name"]), rows=l["rows"]) for l in card["languages"]) or _("not recorded (made before versions recorded them)")}}</dd>
    <dt>{{_("Trained on")}}</dt>
    % data = card["training_data"] or {}
    <dd>{{data.get("path", _("not recorded"))}}{{_(", {rows:,} rows", rows=data["rows"]) if data.get("rows") else ""}}{{_("; then feedback up to row {upto}", upto=card["feedback_upto"]) if card["feedback_upto"] else ""}}</dd>
    % for source in card["sources"]:
    <dd>{{_(source)}}</dd>
    % end
    <dt>{{_("Intended use")}}</dt>
    <dd>{{_(card["intended_use"])}}</dd>
    <dt>{{_("On the rows it held out")}}</dt>
    % if card["held_out"]:
    <dd>{{_(", ").join(_("{name} {accuracy:.1f}% of {rows:,}", name=_(k.title() if k != "CJK" else "Chinese"), accuracy=100 * h["accuracy"], rows=h["rows"]) for k, h in card["held_out"].items())}}</dd>
    % else:
    <dd>{{_("not recorded")}}</dd>
    % end
    % if card["known_limits"]:
    <dt>{{_("Known limits")}}</dt>
    %   for limit in card["known_limits"]:
    <dd>{{_(limit)}}</dd>
    %   end
    % end
  </dl>
</section>
% end
<p class="hint">{{!_("The same as JSON: <a href=\"/api/model\">/api/model</a> (<code>cards</code>).")}}</p>
