package python

import (
	"strings"
	"testing"
)

func TestDocstringEscapesHostileText(t *testing.T) {
	got := strings.Join(docstringLines("    ", "Ends \"\"\" here ''' and \\ and \x00 and \u2028 x\n\n\tindented\n\t\tmore \""), "\n") + "\n"
	want := `    """Ends \"\"\" here ''' and \\ and \x00 and \u2028 x` + "\n\n" +
		`    indented` + "\n" + `        more \"` + "\n" + `    """` + "\n"
	if got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
	if strings.Count(got, `"""`)-strings.Count(got, `\"""`) != 2 {
		t.Errorf("quotes other than the opening and closing ones: %s", got)
	}
}

func TestStringQuotesLikeRuff(t *testing.T) {
	for in, want := range map[string]string{
		`plain`:       `"plain"`,
		`it's`:        `"it's"`,
		`say "hi"`:    `'say "hi"'`,
		"tab\there":   `"tab\there"`,
		`back\slash`:  `"back\\slash"`,
		"nul\x00byte": `"nul\x00byte"`,
	} {
		if got := String(in); got != want {
			t.Errorf("String(%q) = %s, want %s", in, got, want)
		}
	}
}
