package vm

import "strings"

// console.table for the Node host: Node's table() in lib/internal/console/constructor.js and
// its box drawing in lib/internal/cli_table.js (cells left-aligned, widths in terminal columns).

func (c *consoleState) table(r *Runtime, args []Value) {
	data, props := Arg(args, 0), Arg(args, 1)
	if !c.isNode() {
		r.emitConsole("table", r.FormatChromeConsole("table", args[:min(len(args), 1)]))
		return
	}
	if !props.IsUndefined() && !(props.IsObject() && props.Object().IsArray()) {
		r.throwInvalidArgType("properties", "Array", props)
	}
	o := data.AsObject()
	if o == nil {
		c.print(r, "log", c.format(r, []Value{data}))
		return
	}
	head, columns := r.tableColumns(o, props)
	c.print(r, "log", renderTable(head, columns))
}

// tableInspect is the cell formatting: depth 0 (or -1 for objects with more than two keys),
// at most three array items, never broken across lines.
func (r *Runtime) tableInspect(v Value) string {
	opts := DefaultInspectOptions()
	opts.Depth, opts.MaxArrayLength, opts.BreakLength = 0, 3, inf
	if o := v.AsObject(); o != nil && !o.IsArray() && len(r.enumerableOwnStringKeys(o)) > 2 {
		opts.Depth = -1
	}
	return r.Inspect(v, opts)
}

func (r *Runtime) enumerableOwnStringKeys(o *Object) []Key {
	var keys []Key
	for _, k := range r.OwnKeys(o) {
		if (k.IsIndex() || !k.Prop().IsSymbol()) && r.IsEnumerableOwn(o, k) {
			keys = append(keys, k)
		}
	}
	return keys
}

// tableColumns builds the header and the columns (column i holds row j's cell at index j, "" when
// absent).
func (r *Runtime) tableColumns(o *Object, props Value) ([]string, [][]string) {
	indexArray := func(n int) []string {
		out := make([]string, n)
		for i := range out {
			out[i] = r.tableInspect(Int(i))
		}
		return out
	}
	typ := o.hc.InstanceType
	entries, keyValue := collectionEntries(o)
	if typ == TypeMap || typ == TypeMapIterator && keyValue {
		var keys, values []string
		for i := 0; i+1 < len(entries); i += 2 {
			keys = append(keys, r.tableInspect(entries[i]))
			values = append(values, r.tableInspect(entries[i+1]))
		}
		return []string{"(iteration index)", "Key", "Values"}, [][]string{indexArray(len(keys)), keys, values}
	}
	if typ == TypeSet || typ == TypeSetIterator || typ == TypeMapIterator {
		values := make([]string, len(entries))
		for i, v := range entries {
			values[i] = r.tableInspect(v)
		}
		return []string{"(iteration index)", "Values"}, [][]string{indexArray(len(values)), values}
	}

	var propKeys []Key
	if po := props.AsObject(); po != nil {
		// `for (const key of properties)` over an array: its elements in index order.
		n := r.ToLength(r.GetStr(po, "length"))
		for i := int64(0); i < n; i++ {
			propKeys = append(propKeys, r.ToPropertyKey(r.Get(po, IndexKey(uint32(i)), props)))
		}
	}
	columns := map[Key][]string{}
	var order []Key
	hasPrimitives := false
	rowKeys := r.enumerableOwnStringKeys(o)
	valuesColumn := make([]string, len(rowKeys))
	for i, rk := range rowKeys {
		item := r.Get(o, rk, ObjectValue(o))
		io := item.AsObject()
		if props.IsUndefined() && io == nil {
			hasPrimitives = true
			valuesColumn[i] = r.tableInspect(item)
			continue
		}
		keys := propKeys
		if props.IsUndefined() {
			keys = r.enumerableOwnStringKeys(io)
		}
		for _, k := range keys {
			col, ok := columns[k]
			if !ok {
				order = append(order, k)
			}
			for len(col) < i {
				col = append(col, "")
			}
			cell := ""
			if io != nil && r.HasOwnProperty(io, k) {
				cell = r.tableInspect(r.Get(io, k, item))
			}
			columns[k] = append(col[:i], cell)
		}
	}
	order = jsKeyOrder(order)
	head := []string{"(index)"}
	index := make([]string, len(rowKeys))
	for i, k := range rowKeys {
		index[i] = k.String()
	}
	cols := [][]string{index}
	for _, k := range order {
		head = append(head, k.String())
		cols = append(cols, columns[k])
	}
	if hasPrimitives {
		head = append(head, "Values")
		cols = append(cols, valuesColumn)
	}
	return head, cols
}

// jsKeyOrder orders keys as a JS object lists them: array indices ascending, then the rest in
// insertion order.
func jsKeyOrder(keys []Key) []Key {
	var idx, rest []Key
	for _, k := range keys {
		if k.IsIndex() {
			idx = append(idx, k)
		} else {
			rest = append(rest, k)
		}
	}
	for i := 1; i < len(idx); i++ {
		for j := i; j > 0 && idx[j].Index() < idx[j-1].Index(); j-- {
			idx[j], idx[j-1] = idx[j-1], idx[j]
		}
	}
	return append(idx, rest...)
}

// renderTable is cli_table's table(head, columns).
func renderTable(head []string, columns [][]string) string {
	widths := make([]int, len(head))
	for i, h := range head {
		widths[i] = stringWidth(h)
	}
	longest := 0
	for _, c := range columns {
		longest = max(longest, len(c))
	}
	rows := make([][]string, longest)
	for i := range head {
		col := columns[i]
		for j := 0; j < longest; j++ {
			if rows[j] == nil {
				rows[j] = make([]string, len(head))
			}
			v := ""
			if j < len(col) {
				v = col[j]
			}
			rows[j][i] = v
			widths[i] = max(widths[i], stringWidth(v))
		}
	}
	divider := make([]string, len(widths))
	for i, w := range widths {
		divider[i] = strings.Repeat("─", w+2)
	}
	renderRow := func(row []string) string {
		var b strings.Builder
		b.WriteString("│ ")
		for i, cell := range row {
			b.WriteString(cell + strings.Repeat(" ", widths[i]-stringWidth(cell)))
			if i != len(row)-1 {
				b.WriteString(" │ ")
			}
		}
		b.WriteString(" │")
		return b.String()
	}
	var b strings.Builder
	b.WriteString("┌" + strings.Join(divider, "┬") + "┐\n")
	b.WriteString(renderRow(head) + "\n")
	b.WriteString("├" + strings.Join(divider, "┼") + "┤\n")
	for _, row := range rows {
		b.WriteString(renderRow(row) + "\n")
	}
	b.WriteString("└" + strings.Join(divider, "┴") + "┘")
	return b.String()
}

// throwInvalidArgType throws Node's ERR_INVALID_ARG_TYPE TypeError.
func (r *Runtime) throwInvalidArgType(name, expected string, actual Value) {
	msg := `The "` + name + `" argument must be an instance of ` + expected + ". Received " + r.describeReceived(actual)
	e := r.NewError("TypeError", msg)
	r.DefineData(e, StrKey("code"), Str("ERR_INVALID_ARG_TYPE"), AttrDefault)
	r.DefineData(e, StrKey("stack"), Str("TypeError [ERR_INVALID_ARG_TYPE]: "+msg+r.StackTrace()), AttrHidden)
	r.Throw(ObjectValue(e))
}

// describeReceived is the "Received …" part of Node's argument errors.
func (r *Runtime) describeReceived(v Value) string {
	switch {
	case v.IsNullish():
		return r.Inspect(v, DefaultInspectOptions())
	case v.IsCallable():
		return "function " + r.FunctionName(v.Object())
	case v.IsObject():
		if name, ok := (&inspectCtx{r: r, InspectOptions: DefaultInspectOptions()}).getConstructorName(v.Object(), 0, false, nil); ok && name != "" {
			return "an instance of " + name
		}
		opts := DefaultInspectOptions()
		opts.Depth = -1
		return r.Inspect(v, opts)
	}
	opts := DefaultInspectOptions()
	opts.Colors = false
	s := r.Inspect(v, opts)
	if jsLen(s) > 28 {
		s = string([]rune(s)[:25]) + "..."
	}
	return "type " + TypeOf(v) + " (" + s + ")"
}
