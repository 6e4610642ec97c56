package python

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// keywords are Python's reserved words; soft keywords (match, case, type, _)
// are legal identifiers and need nothing.
var keywords = set("False", "None", "True", "and", "as", "assert", "async", "await", "break",
	"class", "continue", "def", "del", "elif", "else", "except", "finally", "for", "from",
	"global", "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise",
	"return", "try", "while", "with", "yield")

// attrShadowing are names a model's class body refers to: the builtins and
// modules of annotations, the decorators and the generated methods. An
// attribute with such a name would hide them (mypy resolves annotations in
// the class body), so it gets a trailing underscore.
var attrShadowing = set("str", "int", "float", "bool", "bytes", "list", "dict", "tuple", "object",
	"classmethod", "datetime", "attrs", "to_dict", "from_dict", "additional_properties", "self")

// paramShadowing are, besides those, the names an operation's functions use:
// a parameter with such a name would hide them in the function body.
var paramShadowing = set("isinstance", "type", "len", "json", "httpx", "io", "self", "cls",
	"client", "body", "request", "response", "data", "value", "src", "send", "asend", "path_segment",
	"pagination", "error_for_response", "sync", "asyncio", "sync_detailed", "asyncio_detailed")

func set(names ...string) map[string]bool {
	m := make(map[string]bool, len(names))
	for _, n := range names {
		m[n] = true
	}
	return m
}

// words splits a name at separators, case changes and letter-digit
// boundaries that start a new word ("nextCursor" -> next, Cursor;
// "HTTPServer" -> HTTP, Server). Accents are dropped; other non-ASCII letters
// become their code point ("u540d").
func words(name string) []string {
	var out []string
	var cur []rune
	flush := func() {
		if len(cur) > 0 {
			out = append(out, string(cur))
			cur = nil
		}
	}
	rs := []rune(asciiFold(name))
	for i, r := range rs {
		switch {
		case r >= 'a' && r <= 'z', r >= '0' && r <= '9':
			cur = append(cur, r)
		case r >= 'A' && r <= 'Z':
			if len(cur) > 0 {
				prev := cur[len(cur)-1]
				nextLower := i+1 < len(rs) && rs[i+1] >= 'a' && rs[i+1] <= 'z'
				if prev >= 'a' && prev <= 'z' || prev >= '0' && prev <= '9' || (prev >= 'A' && prev <= 'Z' && nextLower) {
					flush()
				}
			}
			cur = append(cur, r)
		default:
			flush()
		}
	}
	flush()
	return out
}

func asciiFold(s string) string {
	if isASCII(s) {
		return s // what the loop below would return, without normalizing
	}
	var b strings.Builder
	for _, r := range norm.NFKD.String(s) {
		switch {
		case r < 128:
			b.WriteRune(r)
		case unicode.Is(unicode.Mn, r):
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			fmt.Fprintf(&b, " u%x ", r)
		default:
			b.WriteByte(' ')
		}
	}
	return b.String()
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// Snake is a snake_case identifier for a name; fallback is used when the
// name has no letters or digits at all.
func Snake(name, fallback string) string {
	ws := words(name)
	for i, w := range ws {
		ws[i] = strings.ToLower(w)
	}
	s := strings.Join(ws, "_")
	if s == "" {
		s = fallback
	}
	if s[0] >= '0' && s[0] <= '9' {
		s = fallback + "_" + s
	}
	return s
}

// Pascal is a PascalCase class name; acronyms keep their case.
func Pascal(name, fallback string) string {
	var b strings.Builder
	for _, w := range words(name) {
		b.WriteString(strings.ToUpper(w[:1]) + w[1:])
	}
	s := b.String()
	if s == "" {
		s = fallback
	}
	if s[0] >= '0' && s[0] <= '9' {
		s = fallback + s
	}
	return s
}

// Upper is an UPPER_SNAKE enum member name.
func Upper(name string) string {
	s := strings.ToUpper(Snake(name, "VALUE"))
	if keywords[s] {
		s += "_"
	}
	return s
}

// Attr is a snake_case attribute name that is safe to use.
func Attr(name string) string {
	s := Snake(name, "field")
	if keywords[s] || attrShadowing[s] {
		s += "_"
	}
	return s
}

// Param is a snake_case parameter or module name that is safe to use.
func Param(name string) string {
	s := Attr(name)
	if paramShadowing[s] {
		s += "_"
	}
	return s
}

// Namer hands out unique identifiers within one scope. Names are compared
// case-insensitively, so that no two files differ only in case.
type Namer struct{ taken map[string]bool }

// NewNamer returns a namer with the given names already taken.
func NewNamer(reserved ...string) *Namer {
	n := &Namer{taken: map[string]bool{}}
	for _, r := range reserved {
		n.taken[strings.ToLower(r)] = true
	}
	return n
}

// Claim returns name, or name with the first free number appended.
func (n *Namer) Claim(name string) string {
	sep := ""
	if strings.Contains(name, "_") || strings.ToLower(name) == name {
		sep = "_"
	}
	candidate := name
	for i := 2; n.taken[strings.ToLower(candidate)]; i++ {
		candidate = fmt.Sprintf("%s%s%d", name, sep, i)
	}
	n.taken[strings.ToLower(candidate)] = true
	return candidate
}
