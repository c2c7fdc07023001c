"""The report's page templates (Jinja2, autoescaped: article text and names are data)."""

STYLE = """
body { font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
       margin: 0 auto; max-width: 1180px; padding: 16px 24px; color: #222; }
h1 { font-size: 1.6em; margin-bottom: 0.2em; } h2 { margin-top: 1.8em; border-bottom:
1px solid #ccc; } .meta, .note, .empty { color: #555; font-size: 0.92em; }
table { border-collapse: collapse; margin: 0.6em 0; font-size: 0.9em; }
th, td { border: 1px solid #ddd; padding: 3px 7px; text-align: left; vertical-align: top; }
th { background: #f3f3f3; } tr.disagree td { background: #fff1f0; }
.num { text-align: right; } .chart { max-width: 100%; height: auto; display: block; }
.text { white-space: pre-wrap; border: 1px solid #ddd; padding: 12px 16px; background: #fcfcfc; }
mark { background: none; border-bottom: 2px solid transparent; }
mark.hl-entity { background: #eef3ff; } mark.hl-date { background: #eaf7e6; }
mark.hl-demand { background: #fff4d6; }
mark.hl-casualty { background: #ffd9d6; border-bottom-color: #c62828; }
.legend span { display: inline-block; padding: 0 6px; margin-right: 8px; }
nav a { margin-right: 1em; }
"""

BASE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy"
 content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{ title }}</title><style>{{ style }}</style></head>
<body>{% block body %}{% endblock %}</body></html>
"""

INDEX = """{% extends "base.html" %}{% block body %}
<h1>newsclaims: outlets compared</h1>
<p class="meta">{{ n_articles }} articles from {{ n_outlets }} outlets, published
{{ first }} to {{ last }}. Run: {{ out }}.</p>
<nav><a href="#tolls">Tolls</a><a href="#events">Event terms</a><a href="#framing">Framing</a>
<a href="#demands">Demands</a><a href="#entities">Actors</a><a href="#articles">Articles</a></nav>

<h2 id="tolls">Reported death toll over publication date</h2>
<p class="note">Running totals of the dead (cumulative figures, and figures with no place
or date) each article gives, by outlet; one point per article, its largest figure.</p>
{{ toll_chart }}

<h2>Tolls compared</h2>
<p class="note">Figures aligned on an event key: kind | scope | region or country | event
date (incidents) or publication date (running totals). Keys reported by two or more
outlets; "disagree" when two outlets' figures cannot both be right.</p>
<table><tr><th>event key</th><th>area</th><th>date</th><th class="num">outlets</th>
<th class="num">min</th><th class="num">max</th><th class="num">spread</th><th>disagree</th>
<th>figures (outlet: figure, source)</th></tr>
{% for key in shared_keys %}<tr class="{{ 'disagree' if key.disagree else '' }}">
<td>{{ key.event_key }}</td><td>{{ key.area or '' }}</td><td>{{ key.date or '' }}</td>
<td class="num">{{ key.n_outlets }}</td><td class="num">{{ key.min }}</td>
<td class="num">{{ key.max }}</td><td class="num">{{ key.spread }}</td>
<td>{{ 'yes' if key.disagree else '' }}</td>
<td>{% for r in key.rows %}<a href="articles/{{ r.page }}">{{ r.outlet }}</a>:
{{ r.count }} <i>({{ r.count_text }}{% if r.attributed_to %}; {{ r.attributed_to }}{% endif
%})</i>{% if not loop.last %}<br>{% endif %}{% endfor %}</td></tr>
{% else %}<tr><td colspan="9">No event is reported by two outlets.</td></tr>{% endfor %}
</table>

<h2 id="events">How outlets name the events</h2>
<p class="note">Mentions of each frame's terms (models/events.yaml) per outlet;
terms in quotation marks are counted apart in the table below the chart.</p>
{{ events_chart }}
{% if quoted_terms %}<table><tr><th>outlet</th><th>term in quotes</th><th class="num">times</th>
<th>example</th></tr>{% for t in quoted_terms %}<tr><td>{{ t.outlet }}</td><td>{{ t.term }}</td>
<td class="num">{{ t.n_quoted }}</td><td>{{ t.example_sentence }}</td></tr>{% endfor %}
</table>{% endif %}

<h2 id="framing">Framing: the words attached to each actor</h2>
<p class="note">Descriptors (titles, adjectives, appositions) per outlet, for actors that
two or more outlets describe.</p>
{{ framing_chart }}
{% if scare_quoted %}<table><tr><th>actor</th><th>outlet</th><th>title in scare quotes</th>
<th>example</th></tr>{% for f in scare_quoted %}<tr><td>{{ f.canonical }}</td>
<td>{{ f.outlet }}</td><td>{{ f.descriptor }}</td><td>{{ f.example_sentence }}</td></tr>
{% endfor %}</table>{% endif %}

<h2 id="demands">Demand coverage</h2>
<p class="note">Share of each outlet's articles that report the demand (as a demand,
call, proposal or promise).</p>
{{ demand_chart }}

<h2 id="entities">Actors named</h2>
<p class="note">Share of each outlet's articles that name the actor (actors named by the
most outlets).</p>
{{ entity_chart }}

<h2 id="articles">Articles</h2>
<table><tr><th>published</th><th>outlet</th><th>title</th><th class="num">killed</th>
<th class="num">injured</th><th class="num">arrested</th></tr>
{% for a in articles %}<tr><td>{{ a.published or '' }}</td><td>{{ a.outlet }}</td>
<td><a href="articles/{{ a.page }}">{{ a.title or a.doc_id }}</a></td>
<td class="num">{{ a.toll_killed if a.toll_killed is not none else '' }}</td>
<td class="num">{{ a.toll_injured if a.toll_injured is not none else '' }}</td>
<td class="num">{{ a.toll_arrested if a.toll_arrested is not none else '' }}</td></tr>
{% endfor %}</table>
{% endblock %}"""

ARTICLE = """{% extends "base.html" %}{% block body %}
<p><a href="../index.html">&larr; comparison</a></p>
<h1>{{ a.title or a.doc_id }}</h1>
<p class="meta">{{ a.outlet }} · {{ a.published or 'undated' }} · doc_id {{ a.doc_id }}
{% if safe_url %} · <a href="{{ safe_url }}" rel="noreferrer noopener">source</a>
{% elif a.url %} · {{ a.url }}{% endif %}</p>
<p class="legend"><span class="hl-casualty">casualty claim</span>
<span class="hl-demand">demand</span><span class="hl-entity">entity</span>
<span class="hl-date">date</span> (hover a highlight for what was extracted)</p>
<div class="text">{{ text }}</div>
<h2>Casualty claims</h2>
<table><tr><th>kind</th><th class="num">count</th><th>qualifier</th><th>words</th>
<th>location</th><th>event date</th><th>scope</th><th>source</th></tr>
{% for c in casualties %}<tr><td>{{ c.kind }}</td><td class="num">{{ c.value }}</td>
<td>{{ c.qualifier }}</td><td>{{ c.count_text }}</td><td>{{ c.location or '' }}</td>
<td>{{ c.event_date or '' }}</td><td>{{ c.scope }}</td><td>{{ c.attributed_to or '' }}</td></tr>
{% else %}<tr><td colspan="8">none</td></tr>{% endfor %}</table>
<h2>Demands</h2>
<table><tr><th>type</th><th>kind</th><th>actor</th><th>text</th><th>rejected by</th></tr>
{% for d in demands %}<tr><td>{{ d.demand_type }}</td><td>{{ d.kind }}</td>
<td>{{ d.actor or '' }}</td><td>{{ d.demand_text }}</td><td>{{ d.rejected_by or '' }}</td></tr>
{% else %}<tr><td colspan="5">none</td></tr>{% endfor %}</table>
{% endblock %}"""
