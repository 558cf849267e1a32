// Chrome traces through a page's CDP session, for the bench and scripts/trace-big-page.mjs.

/** The trace events recorded (categories `categories`) while `during` runs; its result alongside. */
export async function recordTrace(cdp, categories, during) {
  const events = [];
  const onData = (e) => events.push(...e.value);
  cdp.on('Tracing.dataCollected', onData);
  const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.start', { traceConfig: { includedCategories: categories }, transferMode: 'ReportEvents' });
  let result;
  try {
    result = await during();
  } finally {
    await cdp.send('Tracing.end');
    await complete;
    cdp.off('Tracing.dataCollected', onData);
  }
  return { events, result };
}

/**
 * The complete slices ('X') of the thread that ran the most task time, and its tasks: in a trace of
 * a page at work, the renderer's main thread.
 */
export function busiestThread(events) {
  const busy = new Map();
  for (const e of events) if (e.name === 'RunTask' && e.ph === 'X') busy.set(`${e.pid}:${e.tid}`, (busy.get(`${e.pid}:${e.tid}`) ?? 0) + e.dur);
  const main = [...busy].sort((a, b) => b[1] - a[1])[0]?.[0];
  const slices = events.filter((e) => `${e.pid}:${e.tid}` === main && e.ph === 'X');
  return { slices, tasks: slices.filter((e) => e.name === 'RunTask') };
}
