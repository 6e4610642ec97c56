package python

import (
	"strings"
	"testing"
)

func TestCompareFoldMatchesToLower(t *testing.T) {
	pairs := [][2]string{
		{"abc", "ABD"}, {"Abc", "abc"}, {"ab", "abc"}, {"abc", "ab"}, {"_x", "X"}, {"Z", "a"},
		{"Ärger", "ärger"}, {"ärger", "Zebra"}, {"aÉb", "aéc"}, {"", "a"}, {"same", "same"},
	}
	for _, p := range pairs {
		want := strings.Compare(strings.ToLower(p[0]), strings.ToLower(p[1]))
		got := compareFold(p[0], p[1])
		if (got < 0) != (want < 0) || (got == 0) != (want == 0) {
			t.Errorf("compareFold(%q, %q) = %d, want the sign of %d", p[0], p[1], got, want)
		}
	}
}

func TestMemberKind(t *testing.T) {
	for name, want := range map[string]int{"UNSET": 0, "TYPE_CHECKING": 0, "ÄÖ": 0, "Unset": 1, "Client": 1,
		"A": 1, "parse_x": 2, "_private": 2, "Äpfel": 2} {
		if got := memberKind(name); got != want {
			t.Errorf("memberKind(%q) = %d, want %d", name, got, want)
		}
	}
}
