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
.skip{position:absolute;inset-inline-start:.5rem;inset-block-start:-10rem;padding:.75rem 1rem;background:var(--focus);color:var(--ink);z-index:2}
.skip:focus{inset-block-start:.5rem}
.wrap{max-inline-size:44rem;margin-inline:auto;padding-inline:1rem}
header{background:var(--brand);color:#fff;padding-block:.5rem}
header a{color:#fff}
.top{display:flex;flex-wrap:wrap;gap:.5rem 1rem;align-items:center;justify-content:space-between}
.brand{font-weight:700;font-size:1.125rem;text-decoration:none;min-block-size:44px;display:inline-flex;align-items:center}
.help{font-weight:700;min-block-size:44px;display:inline-flex;align-items:center;padding-inline:.75rem;border:2px solid #fff;border-radius:.25rem;text-decoration:none}
.langs ul{list-style:none;margin:0;padding:0;display:flex;flex-wrap:wrap;gap:.25rem}
.langs a{display:inline-flex;align-items:center;min-block-size:44px;min-inline-size:44px;padding-inline:.5rem}
.langs a[aria-current]{font-weight:700;text-decoration-thickness:.2em}
main{padding-block:1rem 2rem}
h1{font-size:1.75rem;line-height:1.2;margin-block:1rem}
h2{font-size:1.375rem;line-height:1.25;margin-block:1.5rem .5rem}
p,li{max-inline-size:40em}
ol.steps{padding-inline-start:1.5rem}
.button,button{display:inline-flex;align-items:center;justify-content:center;min-block-size:44px;padding:.5rem 1.25rem;border:2px solid transparent;border-radius:.25rem;background:var(--good);color:#fff;font:inherit;font-weight:700;text-decoration:none;cursor:pointer}
.button.secondary{background:var(--soft);color:var(--ink);border-color:var(--line)}
label,legend{display:block;font-weight:700;margin-block:1rem .25rem}
.hint{color:var(--muted);display:block;margin-block-end:.25rem}
input,select,textarea{font:inherit;min-block-size:44px;padding:.375rem .5rem;border:2px solid var(--ink);border-radius:0;max-inline-size:100%}
input[type=radio],input[type=checkbox]{min-block-size:auto;flex-shrink:0;inline-size:1.5rem;block-size:1.5rem;margin-inline-end:.5rem;vertical-align:middle}
.choice{display:flex;align-items:center;min-block-size:44px}
.choice label{display:inline;font-weight:400;margin:0}
fieldset{border:0;margin:0;padding:0}
.error-summary{border:4px solid var(--bad);padding:1rem;margin-block:1rem}
.error-summary h2{margin-block-start:0}
.field-error{color:var(--bad);font-weight:700;display:block}
.has-error input,.has-error select{border-color:var(--bad)}
.date-input{display:flex;flex-wrap:wrap;gap:0 1rem}
.date-input input:not([aria-invalid]){border-color:var(--ink)}
.date-input label{font-weight:400;margin-block:.25rem}
.w2{inline-size:calc(2ch + 1.5rem)}
.w4{inline-size:calc(4ch + 1.5rem)}
.panel{background:var(--soft);border-inline-start:6px solid var(--brand);padding:1rem;margin-block:1rem}
.ok{border-inline-start-color:var(--good)}
.warn{border-inline-start-color:var(--bad)}
.vh{position:absolute!important;inline-size:1px;block-size:1px;overflow:hidden;clip:rect(0 0 0 0);clip-path:inset(50%);white-space:nowrap}
footer{border-block-start:1px solid var(--line);padding-block:1rem 2rem;color:var(--muted)}
footer ul{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:0 1.5rem}
footer a{display:inline-flex;align-items:center;min-block-size:44px}
table{border-collapse:collapse;inline-size:100%}
th,td{text-align:start;padding:.5rem;border-block-end:1px solid var(--line);vertical-align:top}
ul.checklist{list-style:none;padding-inline-start:0}
ul.checklist li::before{content:'☐ ';font-size:1.25em}
ul.places{list-style:none;padding:0}
ul.places li{border-block-end:1px solid var(--line);padding-block:.75rem}
.summary{margin-block:1rem}
.summary>div{border-block-end:1px solid var(--line);padding-block:.5rem}
.summary dd{margin:0}
@media (min-width:40em){.summary>div{display:flex;gap:1rem}.summary dt{flex:0 0 40%}}
.changed{display:inline-block;padding-inline:.375rem;border:2px solid var(--ink);background:var(--focus);color:var(--ink)}
.pre{white-space:pre-line}
.letter{border:1px solid var(--line);padding:1rem;margin-block:1rem}
@media print{.letter{border:0;padding:0}header,footer,.langs,.skip,.no-print,button,.button{display:none!important}body{font-size:12pt}a{color:var(--ink)}.panel{border:1px solid var(--ink)}}
`;
