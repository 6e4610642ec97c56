package python

import (
	"strings"
	"testing"
)

// The expectations are ruff format's output for the same statements.
func TestWrap(t *testing.T) {
	long := strings.Repeat("x", 70)
	tests := []struct{ in, want string }{
		{"a = b", "a = b"},
		{"value: int | Unset = " + long, "value: int | Unset = (\n    " + long + "\n)"},
		{"data[\"k\"] = [item.to_dict() for item in self." + long[:50] + "]",
			"data[\"k\"] = [\n    item.to_dict() for item in self." + long[:50] + "\n]"},
		{"data[\"k\"] = [item.to_dict() for item in self." + long + "]",
			"data[\"k\"] = [\n    item.to_dict()\n    for item in self." + long + "\n]"},
		{"x = [a[0], a[1]]" + long, "x = [a[0], a[1]]" + long},
		{"x = [" + long + "1234567890[0], b[1]]", "x = [\n    " + long + "1234567890[0],\n    b[1],\n]"},
		{"return None if value is None else Foo.from_dict(" + long + ")",
			"return (\n    None\n    if value is None\n    else Foo.from_dict(\n        " + long + "\n    )\n)"},
		{"\"key\": a if isinstance(a, Unset) else str(" + long + "),",
			"\"key\": a\nif isinstance(a, Unset)\nelse str(" + long + "),"},
	}
	for _, tt := range tests {
		if got := strings.Join(wrap("", tt.in), "\n"); got != tt.want {
			t.Errorf("wrap(%q) =\n%s\nwant\n%s", tt.in, got, tt.want)
		}
	}
}
