package python

import "testing"

func TestTomlStringEscapesWhatTOMLKnows(t *testing.T) {
	for in, want := range map[string]string{
		`Acme "Pets" API`:     `"Acme \"Pets\" API"`,
		`C:\path`:             `"C:\\path"`,
		"two\nlines\ttab":     `"two\nlines\ttab"`,
		"bell\a nul\x00 \x7f": `"bell\u0007 nul\u0000 \u007F"`,
		"Zürich ✓":            `"Zürich ✓"`,
	} {
		if got := tomlString(in); got != want {
			t.Errorf("tomlString(%q) = %s, want %s", in, got, want)
		}
	}
}
