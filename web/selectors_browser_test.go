//go:build !js

package web_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// selectorsPage is a small story with a newsletter box, written for this
// test.
const selectorsPage = `<!doctype html><html><head><title>Ferries return</title></head><body>
<nav class="site-nav"><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>
<main class="story"><h1>Ferries return after the winter repairs</h1>
<p>The harbour's three ferries returned to service on Monday after four months of repairs to the old wooden pier, the port authority said in a statement.</p>
<p class="promo">Read our guide to the seaside walks of the region this summer, with new maps of the coast path.</p>
<p>Crews replaced more than two hundred planks and the iron rails that had rusted through during the storms of the last two winters.</p>
</main></body></html>`

// TestPageSelectors: the Selectors field's rules reach the cleaner; the
// piece they remove is listed with its reason, the note says what they
// did, and a bad selector is an error that names it.
func TestPageSelectors(t *testing.T) {
	p := openPage(t, 1200, 900)
	eval[bool](p, `(() => {
	  const input = document.getElementById('input');
	  input.value = `+js(selectorsPage)+`;
	  input.dispatchEvent(new Event('input'));
	  document.getElementById('selectors').open = true;
	  const remove = document.getElementById('sel-remove');
	  remove.value = 'p.promo';
	  remove.dispatchEvent(new Event('input'));
	  document.getElementById('clean').click();
	  return true;
	})()`)
	p.waitFor(`!document.getElementById('selectors-note').hidden && document.body.dataset.busy !== 'true'`, cleanTimeout)
	assert.NotContains(t, eval[string](p, `document.querySelector('.article-body').textContent`), "seaside walks")
	assert.Contains(t, eval[string](p, `document.querySelector('.article-body').textContent`), "Crews replaced")
	removed := eval[[]string](p, `[...document.querySelectorAll('#removed li')].map((li) => li.querySelector('.why').textContent + ': ' + li.querySelector('.removed-text').textContent)`)
	assert.Contains(t, removed, "removed by your selector: Read our guide to the seaside walks of the region this summer, with new maps of the coast path.")
	assert.Equal(t, "Remove: 1 piece removed.", eval[string](p, `document.getElementById('selectors-note').textContent`))

	eval[bool](p, `(() => {
	  const remove = document.getElementById('sel-remove');
	  remove.value = 'p.promo[';
	  remove.dispatchEvent(new Event('input'));
	  document.getElementById('clean').click();
	  return true;
	})()`)
	p.waitFor(`!document.getElementById('error').hidden`, cleanTimeout)
	msg := eval[string](p, `document.getElementById('error').textContent`)
	require.Contains(t, msg, `remove selector "p.promo["`)
}
