/// The inline SVG charts (no script, no external resource).
enum ChartTemplates {
    /// A `BarChart` as the current context.
    static let barChart = #"""
<svg class="chart" viewBox="0 0 {{width}} {{height}}" width="{{width}}" height="{{height}}" role="img" aria-label="{{title}}">
{{#bars}}
<text x="0" y="{{textY}}" font-size="13" fill="#1f2933">{{label}}</text>
<rect x="{{labelWidth}}" y="{{y}}" width="{{width}}" height="18" fill="{{color}}" rx="2"></rect>
<text x="{{valueX}}" y="{{textY}}" font-size="13" fill="#1f2933">{{value}}</text>
{{/bars}}
</svg>
"""#
}
