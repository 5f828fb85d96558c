import module from 'node:module';
if (process.env['CC']) console.log(module.enableCompileCache?.('/tmp/ccache'));
const { loadFunctions } = await import('./host/function-table');
const t2 = performance.now();
const fns = await loadFunctions(process.cwd());
console.log('functions', Math.round(performance.now() - t2), fns.length);
process.exit(0);
