// "Read this to me": reads the page's question and answers aloud with the browser's
// own speech synthesis. Nothing is sent anywhere. The button stays hidden where the
// browser cannot speak, so the page works exactly the same without it.

function textToRead (main) {
  const parts = []
  const selectors = 'h1, .govuk-caption-m, .govuk-hint, legend, label, .govuk-body, .govuk-error-message, .govuk-summary-list__key, .govuk-summary-list__value'
  for (const node of main.querySelectorAll(selectors)) {
    if (node.closest('[hidden], .govuk-visually-hidden, .app-read-aloud')) continue
    if (node.matches('legend') && node.querySelector('h1')) continue
    const text = node.textContent.replace(/\s+/g, ' ').trim()
    if (text && !parts.includes(text)) parts.push(text)
  }
  return parts.join('. ')
}

export function initReadAloud () {
  const button = document.querySelector('[data-module="app-read-aloud"]')
  if (!button || !('speechSynthesis' in window) || typeof window.SpeechSynthesisUtterance !== 'function') {
    return
  }
  const main = document.getElementById('main-content')
  let speaking = false
  const label = button.textContent.trim()

  function stop () {
    window.speechSynthesis.cancel()
    speaking = false
    button.textContent = label
    button.setAttribute('aria-pressed', 'false')
  }

  button.hidden = false
  button.setAttribute('aria-pressed', 'false')
  button.addEventListener('click', function () {
    if (speaking) {
      stop()
      return
    }
    const utterance = new window.SpeechSynthesisUtterance(textToRead(main))
    utterance.lang = document.documentElement.lang || 'en-GB'
    utterance.rate = 0.9
    utterance.onend = stop
    utterance.onerror = stop
    speaking = true
    button.textContent = 'Stop reading'
    button.setAttribute('aria-pressed', 'true')
    window.speechSynthesis.speak(utterance)
  })
  window.addEventListener('pagehide', stop)
}
