/// The spot-check page.
enum SpotCheckTemplate {
    static let text = #"""
{{>head}}
<h1>抽查核实 · {{round}}</h1>
{{#notice}}<div class="notice" id="notice">{{notice}}</div>{{/notice}}
{{#error}}<div class="alert" id="error">{{error}}<br><span class="muted">{{errorEn}}</span></div>{{/error}}

<h2>整改跟踪（逾期在前）</h2>
{{^hasFollowUps}}<p class="muted">暂无需要整改的差异。</p>{{/hasFollowUps}}
{{#hasFollowUps}}
<div class="scroll"><table id="follow-ups">
  <thead><tr><th>状态</th><th>整改期限</th><th>单位</th><th>平台</th><th>指标</th><th>差异说明</th><th></th></tr></thead>
  <tbody>
  {{#followUps}}
  <tr>
    <td><span class="tag {{state}}">{{stateLabel}}</span></td>
    <td>{{dueOn}}</td>
    <td><a href="{{filerHref}}">{{filerName}}</a></td>
    <td class="mono">{{platformId}} <span class="muted">{{level}}</span></td>
    <td>{{indicatorName}}</td>
    <td>{{notes}}</td>
    <td>{{#resolvable}}<form class="inline" method="post" action="{{resolveAction}}"><input type="hidden" name="csrf" value="{{csrf}}"><button type="submit" class="plain">标记已整改</button></form>{{/resolvable}}{{^resolvable}}<span class="muted">{{resolvedAt}}</span>{{/resolvable}}</td>
  </tr>
  {{/followUps}}
  </tbody>
</table></div>
{{/hasFollowUps}}

<h2>抽取样本</h2>
{{#form}}
<form class="filters card" method="post" action="/web/rounds/{{round}}/spot-checks">
  <input type="hidden" name="csrf" value="{{csrf}}">
  <div><label for="seed">随机种子</label><input type="number" id="seed" name="seed" value="{{seed}}" required></div>
  <div><label for="province">省级平台</label><input type="number" id="province" name="province" min="0" value="{{province}}" style="width:6rem"></div>
  <div><label for="city">市级平台</label><input type="number" id="city" name="city" min="0" value="{{city}}" style="width:6rem"></div>
  <div><label for="county">县级平台</label><input type="number" id="county" name="county" min="0" value="{{county}}" style="width:6rem"></div>
  <div><label for="department">部门平台</label><input type="number" id="department" name="department" min="0" value="{{department}}" style="width:6rem"></div>
  <div><button type="submit" id="draw">抽取</button></div>
  <p class="muted" style="flex-basis:100%;margin:0">按层级分层随机抽取已报送的平台；同一种子在同样的数据上抽出同样的样本。</p>
</form>
{{/form}}

<h2>抽查批次</h2>
{{^hasDraws}}<p class="muted">尚未抽查。</p>{{/hasDraws}}
{{#draws}}
<div class="card" id="draw-{{id}}">
  <h3>第 {{id}} 批 · 种子 {{seed}} · {{drawnAt}} · {{drawnBy}}</h3>
  <ul class="tight">{{#strata}}<li>{{.}}</li>{{/strata}}</ul>
  {{#message}}<p class="muted">{{message}}</p>{{/message}}
  <div class="scroll"><table>
    <thead><tr><th>单位</th><th>平台</th><th>核查结果</th><th>记录核查结果</th></tr></thead>
    <tbody>
    {{#items}}
    <tr>
      <td><a href="{{filerHref}}">{{filerName}}</a> <span class="muted">第 {{version}} 版</span></td>
      <td class="mono">{{platformId}} <span class="muted">{{level}}</span></td>
      <td>{{#findings}}<div>{{indicatorName}}：<span class="tag {{outcome}}">{{outcomeLabel}}</span>{{#dueOn}} 期限 {{dueOn}}{{/dueOn}} {{#followUpLabel}}<span class="tag {{followUp}}">{{followUpLabel}}</span>{{/followUpLabel}}{{#notes}}<br><span class="muted">{{notes}}</span>{{/notes}}</div>{{/findings}}</td>
      <td>{{#hasOpen}}
        <form method="post" action="{{findingAction}}">
          <input type="hidden" name="csrf" value="{{csrf}}">
          <select name="indicator" aria-label="指标">{{#open}}<option value="{{value}}">{{label}}</option>{{/open}}</select>
          <label class="choice"><input type="radio" name="outcome" value="confirmed" checked> 核实一致</label>
          <label class="choice"><input type="radio" name="outcome" value="discrepancy"> 存在差异</label>
          <input type="text" name="notes" placeholder="差异说明（有差异时必填）" aria-label="差异说明">
          <input type="date" name="dueOn" min="{{today}}" aria-label="整改期限">
          <button type="submit" class="plain">记录</button>
        </form>{{/hasOpen}}</td>
    </tr>
    {{/items}}
    </tbody>
  </table></div>
</div>
{{/draws}}
{{>foot}}
"""#
}
