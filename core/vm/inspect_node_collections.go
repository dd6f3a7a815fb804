package vm

import "strings"

// Arrays, Sets, Maps, iterators, weak collections and promises in util.inspect.

func remainingText(n int) string { return "... " + itoa(n) + " more item" + plural(n) }

// arrayLimit is min(max(0, maxArrayLength), n).
func (ctx *inspectCtx) arrayLimit(n int) int {
	if ctx.MaxArrayLength < 0 {
		return 0
	}
	if ctx.MaxArrayLength < float64(n) {
		return int(ctx.MaxArrayLength)
	}
	return n
}

func (ctx *inspectCtx) formatArray(value *Object, recurseTimes int) []string {
	r := ctx.r
	valLen := int(value.length)
	n := ctx.arrayLimit(valLen)
	output := make([]string, 0, n+1)
	for i := 0; i < n; i++ {
		if !r.HasOwnProperty(value, IndexKey(uint32(i))) {
			return ctx.formatSpecialArray(value, recurseTimes, n, output, i)
		}
		output = append(output, ctx.formatProperty(value, recurseTimes, IndexKey(uint32(i)), kArrayType, nil, value))
	}
	if remaining := valLen - n; remaining > 0 {
		output = append(output, remainingText(remaining))
	}
	return output
}

// formatSpecialArray handles holes: runs of missing indices become "<n empty items>".
func (ctx *inspectCtx) formatSpecialArray(value *Object, recurseTimes, maxLength int, output []string, i int) []string {
	r := ctx.r
	var keys []uint32
	for _, k := range r.OwnKeys(value) {
		if k.IsIndex() && r.IsEnumerableOwn(value, k) {
			keys = append(keys, k.Index())
		}
	}
	index := i
	for ; i < len(keys) && len(output) < maxLength; i++ {
		key := int(keys[i])
		if key != index {
			empty := key - index
			output = append(output, "<"+itoa(empty)+" empty item"+plural(empty)+">")
			index = key
			if len(output) == maxLength {
				break
			}
		}
		output = append(output, ctx.formatProperty(value, recurseTimes, IndexKey(uint32(key)), kArrayType, nil, value))
		index++
	}
	remaining := int(value.length) - index
	if len(output) != maxLength {
		if remaining > 0 {
			output = append(output, "<"+itoa(remaining)+" empty item"+plural(remaining)+">")
		}
	} else if remaining > 0 {
		output = append(output, remainingText(remaining))
	}
	return output
}

// formatCollection is formatSet / formatMap over a collection's entries.
func (ctx *inspectCtx) formatCollection(entries []Value, keyValue bool, recurseTimes int) []string {
	size := len(entries)
	if keyValue {
		size /= 2
	}
	n := ctx.arrayLimit(size)
	output := make([]string, 0, n+1)
	ctx.indentationLvl += 2
	for i := 0; i < n; i++ {
		if keyValue {
			output = append(output, ctx.formatValue(entries[2*i], recurseTimes)+" => "+ctx.formatValue(entries[2*i+1], recurseTimes))
		} else {
			output = append(output, ctx.formatValue(entries[i], recurseTimes))
		}
	}
	if remaining := size - n; remaining > 0 {
		output = append(output, remainingText(remaining))
	}
	ctx.indentationLvl -= 2
	return output
}

// formatIterator shows a Map or Set iterator's remaining entries; entries() iterators of a Map
// show [key, value] pairs and are labelled "Entries".
func (ctx *inspectCtx) formatIterator(value *Object, braces *[2]string, recurseTimes int) []string {
	entries, keyValue := collectionEntries(value)
	if keyValue {
		braces[0] = strings.Replace(braces[0], " Iterator] {", " Entries] {", 1)
		return ctx.formatMapIterInner(entries, recurseTimes, false)
	}
	return ctx.formatSetIterInner(entries, recurseTimes, false)
}

func (ctx *inspectCtx) formatSetIterInner(entries []Value, recurseTimes int, weak bool) []string {
	n := ctx.arrayLimit(len(entries))
	output := make([]string, n, n+1)
	ctx.indentationLvl += 2
	for i := 0; i < n; i++ {
		output[i] = ctx.formatValue(entries[i], recurseTimes)
	}
	ctx.indentationLvl -= 2
	if weak && !ctx.Sorted {
		sortStrings(output)
	}
	if remaining := len(entries) - n; remaining > 0 {
		output = append(output, remainingText(remaining))
	}
	return output
}

func (ctx *inspectCtx) formatMapIterInner(entries []Value, recurseTimes int, weak bool) []string {
	size := len(entries) / 2
	n := ctx.arrayLimit(size)
	output := make([]string, n, n+1)
	ctx.indentationLvl += 2
	for i := 0; i < n; i++ {
		k := ctx.formatValue(entries[2*i], recurseTimes)
		v := ctx.formatValue(entries[2*i+1], recurseTimes)
		if weak {
			output[i] = k + " => " + v
		} else {
			output[i] = ctx.reduceToSingleString([]string{k, v}, "", [2]string{"[", "]"}, kArrayExtrasType, recurseTimes, nil)
		}
	}
	ctx.indentationLvl -= 2
	if weak && !ctx.Sorted {
		sortStrings(output)
	}
	if remaining := size - n; remaining > 0 {
		output = append(output, remainingText(remaining))
	}
	return output
}

// formatWeakCollection lists a WeakMap/WeakSet's entries only with showHidden.
func (ctx *inspectCtx) formatWeakCollection(value *Object, recurseTimes int) []string {
	if !ctx.ShowHidden {
		return []string{"<items unknown>"}
	}
	entries, keyValue := collectionEntries(value)
	if keyValue {
		return ctx.formatMapIterInner(entries, recurseTimes, true)
	}
	return ctx.formatSetIterInner(entries, recurseTimes, true)
}

func (ctx *inspectCtx) formatPromise(value *Object, recurseTimes int) []string {
	state, result := promiseDetails(value)
	if state == PromisePending {
		return []string{"<pending>"}
	}
	ctx.indentationLvl += 2
	str := ctx.formatValue(result, recurseTimes)
	ctx.indentationLvl -= 2
	if state == PromiseRejected {
		return []string{"<rejected> " + str}
	}
	return []string{str}
}
