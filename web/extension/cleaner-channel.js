// cleaner-channel.js — questions to the background's cleaner in Chrome's
// offscreen document (offscreen.js), and its answers, over a
// BroadcastChannel rather than runtime messages. A runtime message is
// serialised as JSON on the way and parsed again, which took 0.7 s for
// the 5 MB Record of a 2.5 MB page and as long again for the page itself;
// a BroadcastChannel copies its message by structured clone, as a worker
// does, in milliseconds. It joins the extension's own pages and workers
// only (one origin: chrome-extension://<id>).
//
//   const answer = await askCleaner('clean', { input, options }, 60_000);
//   answerQuestions(async (question) => answer);   // in offscreen.js
//
// Each question opens its own channel and closes it with the answer, so a
// context sees only the answers to its own questions.

const channelName = 'articlecleaner-cleaner';

/**
 * Asks the offscreen document's cleaner; rejects with its error, or after
 * timeoutMs without an answer (the document is gone or not listening yet).
 * @param {string} type
 * @param {object} fields
 * @param {number} timeoutMs
 * @returns {Promise<object>}
 */
export function askCleaner(type, fields, timeoutMs) {
  const id = crypto.randomUUID();
  const channel = new BroadcastChannel(channelName);
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      channel.close();
      reject(new Error(`the background cleaner did not answer '${type}' within ${timeoutMs} ms`));
    }, timeoutMs);
    channel.onmessage = ({ data }) => {
      if (!data || data.answers !== id) return;
      clearTimeout(timer);
      channel.close();
      if (typeof data.error === 'string') reject(new Error(data.error));
      else resolve(data);
    };
    channel.postMessage({ asks: id, type, ...fields });
  });
}

/**
 * Answers the questions asked with askCleaner (offscreen.js).
 * @param {(question: {type: string}) => Promise<object>} handle
 */
export function answerQuestions(handle) {
  const channel = new BroadcastChannel(channelName);
  channel.onmessage = ({ data }) => {
    if (!data || typeof data.asks !== 'string') return;
    const answers = data.asks;
    handle(data).then(
      (answer) => channel.postMessage({ ...answer, answers }),
      (err) => channel.postMessage({ answers, error: String((err && err.message) || err) }),
    );
  };
}
