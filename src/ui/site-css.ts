/**
 * The one stylesheet, inlined in every page so that nothing blocks the first paint.
 * Kept as a string so that Astro pages and functions inline exactly the same bytes
 * and the Content-Security-Policy can allow it by hash.
 */
export const siteCss = `
:root{color-scheme:light;--ink:#1b1b1b;--muted:#4a4a4a;--paper:#fff;--soft:#f3f2f1;--brand:#0b3f7a;--link:#0b57a4;--focus:#ffbf47;--bad:#b3261e;--good:#1e6b34;--line:#6b6b6b}
*,*::before,*::after{box-sizing:border-box}
[hidden]{display:none!important}
html{font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","Noto Sans Arabic",Arial,sans-serif;font-size:100%;line-height:1.5;color:var(--ink);background:var(--paper);-webkit-text-size-adjust:100%;text-size-adjust:100%}
body{margin:0;overflow-wrap:break-word}
a{color:var(--link);text-underline-offset:.15em}
a:hover{text-decoration-thickness:.15em}
:focus-visible{outline:3px solid var(--ink);outline-offset:0;box-shadow:0 0 0 6px var(--focus)}
.skip{position:absolute;left:.5rem;inset-inline-start:.5rem;top:-10rem;inset-block-start:-10rem;padding:.75rem 1rem;background:var(--focus);color:var(--ink);z-index:2}
[dir=rtl] .skip{left:auto;right:.5rem}
.skip:focus{top:.5rem;inset-block-start:.5rem}
.wrap{max-width:44rem;max-inline-size:44rem;margin-left:auto;margin-right:auto;margin-inline:auto;padding-left:1rem;padding-right:1rem;padding-inline:1rem}
header{background:var(--brand);color:#fff;padding:.25rem 0 .5rem;padding-block:.25rem .5rem}
header a{color:#fff}
.top{display:flex;flex-wrap:wrap;align-items:center;justify-content:space-between;padding:0 .5rem;padding-inline:.5rem}
.top>*{margin:.25rem .5rem}
.brand{font-weight:700;font-size:1.125rem;text-decoration:none;min-height:44px;min-block-size:44px;display:inline-flex;align-items:center}
.help{font-weight:700;min-height:44px;min-block-size:44px;display:inline-flex;align-items:center;padding:0 .75rem;padding-inline:.75rem;border:2px solid #fff;border-radius:.25rem;text-decoration:none}
.langs ul{list-style:none;margin:-.125rem;padding:0;display:flex;flex-wrap:wrap}
.langs li{margin:.125rem}
.langs a{display:inline-flex;align-items:center;min-height:44px;min-block-size:44px;min-width:44px;min-inline-size:44px;padding:0 .5rem;padding-inline:.5rem}
.langs a[aria-current]{font-weight:700;text-decoration-thickness:.2em}
main{padding:1rem 0 2rem;padding-block:1rem 2rem}
h1{font-size:1.75rem;line-height:1.2;margin:1rem 0;margin-block:1rem}
h2{font-size:1.375rem;line-height:1.25;margin:1.5rem 0 .5rem;margin-block:1.5rem .5rem}
p,li{max-width:40em;max-inline-size:40em}
ol.steps{padding-left:1.5rem;padding-inline-start:1.5rem}
[dir=rtl] ol.steps{padding-left:0;padding-right:1.5rem}
.button,button{display:inline-flex;align-items:center;justify-content:center;min-height:44px;min-block-size:44px;padding:.5rem 1.25rem;border:2px solid transparent;border-radius:.25rem;background:var(--good);color:#fff;font:inherit;font-weight:700;text-decoration:none;cursor:pointer}
.button.secondary{background:var(--soft);color:var(--ink);border-color:var(--line)}
label,legend{display:block;font-weight:700;margin:1rem 0 .25rem;margin-block:1rem .25rem}
.hint{color:var(--muted);display:block;margin-bottom:.25rem;margin-block-end:.25rem}
input,select,textarea{font:inherit;min-height:44px;min-block-size:44px;padding:.375rem .5rem;border:2px solid var(--ink);border-radius:0;max-width:100%;max-inline-size:100%}
input[type=radio],input[type=checkbox]{min-height:0;min-block-size:auto;flex-shrink:0;width:1.5rem;inline-size:1.5rem;height:1.5rem;block-size:1.5rem;margin-right:.5rem;margin-inline-end:.5rem;vertical-align:middle}
[dir=rtl] input[type=radio],[dir=rtl] input[type=checkbox]{margin-right:0;margin-left:.5rem}
.choice{display:flex;align-items:center;min-height:44px;min-block-size:44px}
.choice label{display:inline;font-weight:400;margin:0}
fieldset{border:0;margin:0;padding:0}
.error-summary{border:4px solid var(--bad);padding:1rem;margin:1rem 0;margin-block:1rem}
.error-summary h2{margin-top:0;margin-block-start:0}
.field-error{color:var(--bad);font-weight:700;display:block}
.has-error input,.has-error select{border-color:var(--bad)}
.date-input{display:flex;flex-wrap:wrap;margin:0 -.5rem}
.date-input>div{margin:0 .5rem}
.date-input input:not([aria-invalid]){border-color:var(--ink)}
.date-input label{font-weight:400;margin:.25rem 0;margin-block:.25rem}
.w2{width:calc(2ch + 1.5rem);inline-size:calc(2ch + 1.5rem)}
.w4{width:calc(4ch + 1.5rem);inline-size:calc(4ch + 1.5rem)}
.panel{--accent:var(--brand);background:var(--soft);border-left:6px solid var(--accent);border-inline-start:6px solid var(--accent);padding:1rem;margin:1rem 0;margin-block:1rem}
[dir=rtl] .panel{border-left:0;border-right:6px solid var(--accent)}
.ok{--accent:var(--good)}
.warn{--accent:var(--bad)}
.vh{position:absolute!important;width:1px;inline-size:1px;height:1px;block-size:1px;overflow:hidden;clip:rect(0 0 0 0);clip-path:inset(50%);white-space:nowrap}
footer{border-top:1px solid var(--line);border-block-start:1px solid var(--line);padding:1rem 0 2rem;padding-block:1rem 2rem;color:var(--muted)}
footer ul{list-style:none;margin:1em -.75rem;padding:0;display:flex;flex-wrap:wrap}
footer li{margin:0 .75rem}
footer a{display:inline-flex;align-items:center;min-height:44px;min-block-size:44px}
table{border-collapse:collapse;width:100%;inline-size:100%}
.scroll{overflow-x:auto;margin:1rem 0;margin-block:1rem}
.scroll caption{text-align:inherit;font-weight:700;padding:.5rem 0;padding-block:.5rem}
.upload-progress progress{display:block;width:100%;inline-size:100%;height:1.5rem;block-size:1.5rem}
th,td{text-align:inherit;padding:.5rem;border-bottom:1px solid var(--line);border-block-end:1px solid var(--line);vertical-align:top}
.num{text-align:right}
.chart{display:block;max-width:30rem;max-inline-size:30rem;margin:1rem 0;margin-block:1rem}
ul.checklist{list-style:none;padding:0}
ul.checklist li::before{content:'☐ ';font-size:1.25em}
ul.places{list-style:none;padding:0}
ul.places li{border-bottom:1px solid var(--line);border-block-end:1px solid var(--line);padding:.75rem 0;padding-block:.75rem}
.summary{margin:1rem 0;margin-block:1rem}
.summary>div{border-bottom:1px solid var(--line);border-block-end:1px solid var(--line);padding:.5rem 0;padding-block:.5rem}
.summary dd{margin:0}
@media (min-width:40em){.summary>div{display:flex}.summary dt{flex:0 0 40%;margin-right:1rem}[dir=rtl] .summary dt{margin-right:0;margin-left:1rem}}
.changed{display:inline-block;padding:0 .375rem;padding-inline:.375rem;border:2px solid var(--ink);background:var(--focus);color:var(--ink)}
.pre{white-space:pre-line}
.letter{border:1px solid var(--line);padding:1rem;margin:1rem 0;margin-block:1rem}
.reference{display:inline-block;font-size:2.25rem;letter-spacing:.1em;font-family:monospace;direction:ltr}
@media print{.letter{border:0;padding:0}.ticket{font-size:11pt}.ticket .summary>div{padding:.125rem 0}header,footer,.langs,.skip,.no-print,button,.button{display:none!important}body{font-size:12pt}a{color:var(--ink)}.panel,[dir=rtl] .panel{border:1px solid var(--ink)}}
`;
