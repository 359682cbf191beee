package cleaner_test

import (
	"os"
	"testing"

	"github.com/seed15afa100/articlecleaner/cleaner"
)

func BenchmarkDev10(b *testing.B) {
	data, err := os.ReadFile("/tmp/dev10.txt")
	if err != nil {
		b.Skip()
	}
	s := string(data)
	b.SetBytes(int64(len(s)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		a, err := cleaner.CleanLazy(s, cleaner.Options{Mode: cleaner.ModeText})
		if err != nil {
			b.Fatal(err)
		}
		_ = a.Text()
	}
}
