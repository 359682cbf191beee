package cleaner

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestPhrasesOtherLanguages checks lines of the non-English phrase lists,
// and that prose starting the same way is left alone.
func TestPhrasesOtherLanguages(t *testing.T) {
	tests := []struct {
		line string
		want Reason
	}{
		{"Você pode gostar", ReasonReadMore},
		{"Leia também: Governo anuncia novo pacote", ReasonReadMore},
		{"Te puede interesar", ReasonReadMore},
		{"Das könnte Sie auch interessieren", ReasonReadMore},
		{"À lire aussi", ReasonReadMore},
		{"Leggi di più", ReasonReadMore},
		{"Читайте также", ReasonReadMore},
		{"Baca juga: Presiden resmikan jalan tol", ReasonReadMore},
		{"Комментарии", ReasonComments},
		{"Compartilhar", ReasonShare},
		{"Você pode gostar de saber que a cidade tem três parques, segundo a prefeitura municipal.", ReasonNone},
		{"Teilen Sie uns mit, was Sie denken", ReasonNone},
	}
	for _, tc := range tests {
		t.Run(tc.line, func(t *testing.T) {
			key := foldKey(tc.line)
			got, _, _ := matchPhrase(key, len(words(tc.line)))
			assert.Equal(t, tc.want, got)
		})
	}
}

// TestPhrasesMoreLanguages checks lines of the phrase lists written for the
// languages added with their stop words, and that prose that starts the
// same way or mentions the phrase stays.
func TestPhrasesMoreLanguages(t *testing.T) {
	tests := []struct {
		line string
		want Reason
	}{
		{"Ähnliche Beiträge", ReasonReadMore},
		{"Schreibe einen Kommentar", ReasonComments},
		{"Deine E-Mail-Adresse wird nicht veröffentlicht. Erforderliche Felder sind mit * markiert.", ReasonComments},
		{"Diesen Artikel teilen", ReasonShare},
		{"Über den Autor", ReasonAuthorBio},
		{"Dieser Eintrag wurde veröffentlicht in Allgemein von Anna.", ReasonMenu},
		{"Podobne artykuły", ReasonReadMore},
		{"Ta strona używa plików cookie, aby zapewnić najlepsze działanie serwisu.", ReasonCookie},
		{"Gerelateerde artikelen", ReasonReadMore},
		{"Související články", ReasonReadMore},
		{"Relaterade artiklar", ReasonReadMore},
		{"İlgili Haberler", ReasonReadMore},
		{"Tüm hakları saklıdır", ReasonLegal},
		{"مقالات ذات صلة", ReasonReadMore},
		{"جميع الحقوق محفوظة", ReasonLegal},
		{"相关文章", ReasonReadMore},
		{"版权所有 © 2021", ReasonLegal},
		{"関連記事", ReasonReadMore},
		{"관련 기사", ReasonReadMore},
		{"Kapcsolódó cikkek", ReasonReadMore},
		{"Lue myös", ReasonReadMore},
		{"Articole similare", ReasonReadMore},
		{"Notify me of follow-up comments by email.", ReasonComments},
		{"Diese Website verwendet Akismet, um Spam zu reduzieren.", ReasonComments},
		{"Unser kostenloser Newsletter informiert Sie jede Woche über neue Beiträge.", ReasonNewsletter},
		{"Explore further", ReasonReadMore},
		{"This post contains references to products from our advertisers.", ReasonAdvertisement},
		{"Wenn Ihnen unser Artikel gefallen hat, unterstützen Sie uns mit einem Abo.", ReasonNewsletter},
		{"Weitere Infos unter www.example.org", ReasonReadMore},
		{"Es gibt derzeit keine bevorstehenden Veranstaltungen.", ReasonWidget},
		// prose that starts like a phrase or mentions one
		{"Das Buch wird nicht veröffentlicht, sagte der Verlag am Montag.", ReasonNone},
		{"Antworten auf die wichtigsten Fragen zur neuen Grundsteuer", ReasonNone},
		{"Anzeige gegen Unbekannt erstattet", ReasonNone},
		{"Polecamy odwiedzić muzeum w sobotę, bo wstęp jest wtedy bezpłatny.", ReasonNone},
		{"Son dakika: Belediye yeni parkı açtı", ReasonNone},
		{"Gli abbonati Netflix sono cresciuti del dieci per cento nel trimestre.", ReasonNone},
	}
	for _, tc := range tests {
		t.Run(tc.line, func(t *testing.T) {
			key := foldKey(tc.line)
			got, _, _ := matchPhrase(key, len(words(tc.line)))
			assert.Equal(t, tc.want, got)
		})
	}
}

// TestPointerOtherLanguages checks "Read also: <headline>" in other
// languages, however long the headline.
func TestPointerOtherLanguages(t *testing.T) {
	for _, line := range []string{
		"Lees ook: Verbouwing van het station duurt nog tot het einde van de herfst",
		"Zobacz także: Remont dworca potrwa do jesieni, a pociągi pojadą objazdem przez dwa miesiące",
		"Läs också: Stationen byggs om hela hösten och tågen går en annan väg",
		"اقرأ أيضا: ترميم محطة القطار يستمر حتى الخريف",
		"Puedes ver: El nuevo puente estará terminado antes del verano",
	} {
		assert.True(t, rePointer.MatchString(line), line)
	}
	assert.False(t, rePointer.MatchString("Lees ook de brief die de burgemeester schreef."))
}

// TestCaptionOtherLanguages checks photo credits in other languages: a
// caption with its credit goes, a paragraph with a credit pasted on stays.
func TestCaptionOtherLanguages(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"Der Bürgermeister bei der Eröffnung der Bibliothek. (Foto: Anna Schmidt)", true},
		{"Quelle: Statistisches Landesamt", true},
		{"Imagen: Archivo municipal", true},
		{"Źródło: urząd miasta", true},
		{"La plaza mayor durante la fiesta. Foto: Archivo municipal.", true},
		{"Der Bürgermeister eröffnete am Samstag die neue Bibliothek, auf die die Bewohner fast zehn Jahre gewartet hatten; bei der Feier waren mehrere hundert Menschen dabei, darunter auch viele Kinder aus den Schulen der Stadt. (Foto: Anna Schmidt)", false},
		{"Die Quelle am Berg ist seit dem Sommer versiegt.", false},
	}
	for _, tc := range tests {
		f := measure(tc.text, stopWords{set: stopLists().sets["de"], known: true})
		assert.Equal(t, tc.want, f.caption, tc.text)
	}
}

// TestAuthorNote checks the note about the author in other languages and
// sentences that only look like one.
func TestAuthorNote(t *testing.T) {
	for text, want := range map[string]bool{
		"Anna Weber ist Redakteurin im Ressort Wissenschaft.":                            true,
		"Hallo, ich bin Lena, und ich schreibe hier über Reisen.":                        true,
		"Jan Kowalski jest dziennikarzem i pisze o gospodarce.":                          true,
		"Die Bürgermeisterin ist seit zwei Jahren im Amt und will wiedergewählt werden.": false,
		"Ich bin froh, dass es vorbei ist, sagte sie.":                                   false,
	} {
		assert.Equal(t, want, reAuthorNote.MatchString(text), text)
	}
}
