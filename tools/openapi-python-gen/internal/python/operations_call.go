package python

import (
	"fmt"
	"strings"

	"github.com/portarium/portarium-sdk/tools/openapi-python-gen/internal/ir"
)

// successCheck is the condition under which a response is a documented success.
func (o *opGen) successCheck() string {
	var exact []string
	var ranges []string
	for _, r := range o.success {
		if strings.HasSuffix(r.Status, "XX") {
			ranges = append(ranges, fmt.Sprintf("%c00 <= response.status_code < %c00", r.Status[0], r.Status[0]+1))
		} else {
			exact = append(exact, r.Status)
		}
	}
	if len(o.success) == 0 {
		return "response.is_success"
	}
	var parts []string
	switch len(exact) {
	case 0:
	case 1:
		parts = append(parts, "response.status_code == "+exact[0])
	default:
		parts = append(parts, "response.status_code in ("+strings.Join(exact, ", ")+")")
	}
	return strings.Join(append(parts, ranges...), " or ")
}

// parseFuncs writes _is_success and, when a success has a body, _parse.
func (o *opGen) parseFuncs() {
	f := o.s.f
	httpx := f.ImportModule("httpx")
	f.Def("def", "_is_success", []string{"response: " + httpx + ".Response"}, "bool")
	f.In()
	f.P("return %s", o.successCheck())
	f.Out()
	f.P("")
	f.P("")
	if o.result == "None" {
		return
	}
	f.Def("def", "_parse", []string{"response: " + httpx + ".Response"}, o.result)
	f.In()
	o.s.parsed = 0
	writeDoc(f, "Read the body of a documented success response.")
	// Exact statuses before ranges; responses of the same type share a branch.
	var branches []*ir.Response
	for _, r := range o.success {
		if !strings.HasSuffix(r.Status, "XX") {
			branches = append(branches, r)
		}
	}
	for _, r := range o.success {
		if strings.HasSuffix(r.Status, "XX") {
			branches = append(branches, r)
		}
	}
	for i, r := range branches {
		last := i == len(branches)-1 || allSameBody(o, branches[i:])
		if last {
			o.returnBody(r)
			break
		}
		cond := "response.status_code == " + r.Status
		if strings.HasSuffix(r.Status, "XX") {
			cond = fmt.Sprintf("%c00 <= response.status_code < %c00", r.Status[0], r.Status[0]+1)
		}
		f.P("if %s:", cond)
		f.In()
		o.returnBody(r)
		f.Out()
	}
	f.Out()
	f.P("")
	f.P("")
}

func allSameBody(o *opGen, rs []*ir.Response) bool {
	first := o.readBody(rs[0])
	for _, r := range rs[1:] {
		if o.readBody(r) != first {
			return false
		}
	}
	return true
}

func (o *opGen) returnBody(r *ir.Response) {
	if r.Kind == ir.JSONContent {
		o.returnDecoded(o.s, r.Type, "response.json()")
		return
	}
	o.s.f.P("return %s", o.readBody(r))
}

func (o *opGen) readBody(r *ir.Response) string {
	f := o.s.f
	switch r.Kind {
	case ir.JSONContent:
		return o.decode(o.s, r.Type, "response.json()", 0)
	case ir.TextContent:
		return "response.text"
	case ir.BinaryContent:
		return fmt.Sprintf("%s(payload=%s.BytesIO(response.content), mime_type=response.headers.get(\"content-type\"))",
			f.Import("...types", "File"), f.ImportModule("io"))
	}
	return "None"
}

func (o *opGen) docstring(summary string, raises bool) {
	doc := summary
	var args []string
	for _, p := range o.params {
		d := ""
		if p.p != nil {
			d = strings.TrimSpace(p.p.Description)
			if p.p.Deprecated {
				d = strings.TrimSpace("Deprecated. " + d)
			}
		}
		if d != "" {
			args = append(args, p.name+": "+strings.ReplaceAll(d, "\n", "\n        "))
		}
	}
	if len(args) > 0 {
		doc += "\n\nArgs:\n    " + strings.Join(args, "\n    ")
	}
	if raises {
		doc += "\n\nRaises:\n" +
			"    ApiError: The server answered with a status that is not a documented\n" +
			"        success; the subclass names the status (NotFoundError, ...).\n" +
			"    ApiConnectionError: No response arrived."
	} else {
		doc += "\n\nRaises:\n    ApiConnectionError: No response arrived."
	}
	writeDoc(o.s.f, doc)
}

func (o *opGen) sendRequest(async, stream bool) {
	f := o.s.f
	if len(o.params) == 0 {
		f.P("request = _request()")
	} else {
		f.P("request = _request(")
		f.In()
		o.callArgs(false, nil)
		f.Out()
		f.P(")")
	}
	// A stream's body is left unread for the caller to iterate.
	args := "client, request"
	if stream {
		args += ", stream=True"
	}
	if async {
		f.P("response = await %s(%s)", f.Import("..._http", "asend"), args)
	} else {
		f.P("response = %s(%s)", f.Import("..._http", "send"), args)
	}
}

func (o *opGen) detailedFunc(async bool) {
	f := o.s.f
	def, name := "def", "sync_detailed"
	if async {
		def, name = "async def", "asyncio_detailed"
	}
	resp := f.Import("...types", "Response")
	o.signature(def, name, true, resp+"["+o.result+"]")
	f.In()
	o.docstring("Call the operation and return the whole response, whatever its status.\n\n"+
		"`parsed` holds the decoded body of a documented success and is None otherwise.", false)
	o.sendRequest(async, false)
	f.P("return %s(", resp)
	f.In()
	f.P("status_code=response.status_code,")
	f.P("content=response.content,")
	f.P("headers=response.headers,")
	if o.result == "None" {
		f.P("parsed=None,")
	} else {
		f.P("parsed=_parse(response) if _is_success(response) else None,")
	}
	f.Out()
	f.P(")")
	f.Out()
	f.P("")
	f.P("")
}

func (o *opGen) plainFunc(async bool) {
	f := o.s.f
	def, name := "def", "sync"
	if async {
		def, name = "async def", "asyncio"
	}
	o.signature(def, name, true, o.result)
	f.In()
	summary := "Call the operation and return its decoded result."
	if o.result == "None" {
		summary = "Call the operation."
	}
	o.docstring(summary, true)
	o.sendRequest(async, false)
	f.P("if not _is_success(response):")
	f.In()
	f.P("raise %s(response)", f.Import("...errors", "error_for_response"))
	f.Out()
	if o.result != "None" {
		f.P("return _parse(response)")
	}
	f.Out()
	f.P("")
	f.P("")
}

func (o *opGen) streamFuncs() {
	f := o.s.f
	r := o.streaming()
	event := f.Import("...sse", "ServerSentEvent")
	ann := o.ann(o.s, r.Type)
	f.Def("def", "_decode_event", []string{"event: " + event}, ann)
	f.In()
	if r.Type.Kind == ir.KindPrimitive && r.Type.Primitive == ir.String && r.Type.Format == "" {
		f.P("return event.data")
	} else {
		o.returnDecoded(o.s, r.Type, f.ImportModule("json")+".loads(event.data)")
	}
	f.Out()
	f.P("")
	f.P("")
	for _, async := range []bool{false, true} {
		def, name, stream := "def", "sync", f.Import("...sse", "EventStream")
		if async {
			def, name, stream = "async def", "asyncio", f.Import("...sse", "AsyncEventStream")
		}
		resp := f.Import("...types", "Response")
		o.signature(def, name+"_detailed", true, resp+"["+stream+"["+ann+"]]")
		f.In()
		o.docstring("Open the event stream and return the response, whatever its status.\n\n"+
			"On a documented success `parsed` is the open stream (iterate over it inside\n"+
			"`with`); otherwise it is None and `content` holds the error body.", false)
		o.sendRequest(async, true)
		f.P("if not response.is_success:")
		f.In()
		f.P("return %s(", resp)
		f.In()
		f.P("status_code=response.status_code,")
		f.P("content=response.content,")
		f.P("headers=response.headers,")
		f.P("parsed=None,")
		f.Out()
		f.P(")")
		f.Out()
		f.P("return %s(", resp)
		f.In()
		f.P("status_code=response.status_code,")
		f.P(`content=b"",`)
		f.P("headers=response.headers,")
		f.P("parsed=%s(response, _decode_event),", stream)
		f.Out()
		f.P(")")
		f.Out()
		f.P("")
		f.P("")

		o.signature(def, name, true, stream+"["+ann+"]")
		f.In()
		o.docstring("Open the event stream; iterate over it inside `with` to receive typed events.\n\n"+
			"The connection is closed when the `with` block ends, when iteration stops, or\n"+
			"when the stream ends.", true)
		o.sendRequest(async, true)
		f.P("if not response.is_success:")
		f.In()
		f.P("raise %s(response)", f.Import("...errors", "error_for_response"))
		f.Out()
		f.P("return %s(response, _decode_event)", stream)
		f.Out()
		f.P("")
		f.P("")
	}
	o.multipartHelper()
}

func (o *opGen) paginationFuncs() {
	f := o.s.f
	pg := o.op.Pagination
	pager := f.Import("...", "pagination")
	page := o.class(o.s, pg.Page)
	item := o.ann(o.s, pg.Items.Type.Elem)
	names := o.names[pg.Page].attrs
	cursorName := ""
	for _, p := range o.params {
		if p.p == pg.CursorParam {
			cursorName = p.name
		}
	}
	funcs := []struct {
		name, runtime, call, result string
		items                       bool
	}{
		{"iter_pages", "iter_pages", "sync", f.Import("collections.abc", "Iterator") + "[" + page + "]", false},
		{"iter_items", "iter_items", "sync", f.Import("collections.abc", "Iterator") + "[" + item + "]", true},
		{"aiter_pages", "aiter_pages", "asyncio", f.Import("collections.abc", "AsyncIterator") + "[" + page + "]", false},
		{"aiter_items", "aiter_items", "asyncio", f.Import("collections.abc", "AsyncIterator") + "[" + item + "]", true},
	}
	for _, fn := range funcs {
		o.signature("def", fn.name, true, fn.result)
		f.In()
		what := "page"
		if fn.items {
			what = "item"
		}
		writeDoc(f, fmt.Sprintf("Yield every %s, following %s from page to page, starting at `%s`.\n\n"+
			"Pages are fetched as iteration reaches them. Iteration stops when a page has no\n"+
			"next cursor, and raises PaginationError if the server repeats a cursor.", what, String(pg.NextCursor.Name), cursorName))
		f.P("return %s.%s(", pager, fn.runtime)
		f.In()
		f.P("lambda page_cursor: %s(", fn.call)
		f.In()
		o.callArgs(true, map[string]string{cursorName: "page_cursor"})
		f.Out()
		f.P("),")
		if fn.items {
			f.P("lambda page: page.%s,", names[pg.Items])
		}
		f.P("lambda page: page.%s,", names[pg.NextCursor])
		f.P("cursor=%s,", cursorName)
		f.Out()
		f.P(")")
		f.Out()
		f.P("")
		f.P("")
	}
}

// multipartHelper writes _multipart when a multipart body needs it.
func (o *opGen) multipartHelper() {
	if !o.needMultipart {
		return
	}
	f := o.s.f
	part := f.Import("..._http", "MultipartPart")
	body := o.ann(o.s, o.op.Body.Type)
	f.Def("def", "_multipart", []string{"body: " + body}, "list[tuple[str, "+part+"]]")
	f.In()
	writeDoc(f, "Return the body's fields as multipart parts; files keep their name and type.")
	f.P("parts: list[tuple[str, %s]] = []", part)
	f.P("for key, value in body.to_dict().items():")
	f.In()
	f.P("if isinstance(value, tuple):")
	f.In()
	f.P("parts.append((key, value))")
	f.Out()
	f.P("elif isinstance(value, str):")
	f.In()
	f.P("parts.append((key, (None, value, None)))")
	f.Out()
	f.P("else:")
	f.In()
	f.P(`parts.append((key, (None, %s.dumps(value), "application/json")))`, f.ImportModule("json"))
	f.Out()
	f.Out()
	f.P("return parts")
	f.Out()
	f.P("")
	f.P("")
}
