package vm

import (
	"math"
	"strings"
)

// Line layout of util.inspect: Node's isBelowBreakLength, reduceToSingleString and
// groupArrayElements, with the `compact: 3` rules (join up to three innermost levels on one line
// when they fit in breakLength; group arrays of more than six short items into aligned columns).

func (ctx *inspectCtx) isBelowBreakLength(output []string, start int, base string) bool {
	totalLength := float64(len(output) + start)
	if totalLength+float64(len(output)) > ctx.BreakLength {
		return false
	}
	for _, s := range output {
		totalLength += float64(jsLen(s))
		if totalLength > ctx.BreakLength {
			return false
		}
	}
	return base == "" || !strings.Contains(base, "\n")
}

func (ctx *inspectCtx) reduceToSingleString(output []string, base string, braces [2]string, extras extrasType, recurseTimes int, value *Object) string {
	if ctx.Compact != CompactAll {
		if ctx.Compact >= 1 {
			entries := len(output)
			if extras == kArrayExtrasType && entries > 6 {
				output = ctx.groupArrayElements(output, value)
			}
			if ctx.currentDepth-recurseTimes < ctx.Compact && entries == len(output) {
				start := len(output) + ctx.indentationLvl + jsLen(braces[0]) + jsLen(base) + 10
				if ctx.isBelowBreakLength(output, start, base) {
					joined := strings.Join(output, ", ")
					if !strings.Contains(joined, "\n") {
						return withBase(base) + braces[0] + " " + joined + " " + braces[1]
					}
				}
			}
		}
		indentation := "\n" + strings.Repeat(" ", ctx.indentationLvl)
		return withBase(base) + braces[0] + indentation + "  " + strings.Join(output, ","+indentation+"  ") + indentation + braces[1]
	}
	if ctx.isBelowBreakLength(output, 0, base) {
		b := braces[0]
		if base != "" {
			b += " " + base
		}
		return b + " " + strings.Join(output, ", ") + " " + braces[1]
	}
	indentation := strings.Repeat(" ", ctx.indentationLvl)
	ln := " "
	if base != "" || jsLen(braces[0]) != 1 {
		ln = ""
		if base != "" {
			ln = " " + base
		}
		ln += "\n" + indentation + "  "
	}
	return braces[0] + ln + strings.Join(output, ",\n"+indentation+"  ") + " " + braces[1]
}

func withBase(base string) string {
	if base == "" {
		return ""
	}
	return base + " "
}

// groupArrayElements is Node's groupArrayElements: columns sized so the block is roughly square
// (a character being about 2.5 times as high as wide), numbers right-aligned.
func (ctx *inspectCtx) groupArrayElements(output []string, value *Object) []string {
	totalLength := 0
	maxLength := 0
	outputLength := len(output)
	if ctx.MaxArrayLength < float64(len(output)) {
		// The "... n more items" entry is not grouped.
		outputLength--
	}
	const separatorSpace = 2
	dataLen := make([]int, outputLength)
	for i := 0; i < outputLength; i++ {
		l := stringWidth(output[i])
		dataLen[i] = l
		totalLength += l + separatorSpace
		if maxLength < l {
			maxLength = l
		}
	}
	actualMax := maxLength + separatorSpace
	if float64(actualMax*3+ctx.indentationLvl) < ctx.BreakLength &&
		(float64(totalLength)/float64(actualMax) > 5 || maxLength <= 6) {
		const approxCharHeights = 2.5
		averageBias := math.Sqrt(float64(actualMax) - float64(totalLength)/float64(len(output)))
		biasedMax := math.Max(float64(actualMax)-3-averageBias, 1)
		columns := math.Min(
			math.Min(jsRound(math.Sqrt(approxCharHeights*biasedMax*float64(outputLength))/biasedMax),
				math.Floor((ctx.BreakLength-float64(ctx.indentationLvl))/float64(actualMax))),
			math.Min(float64(ctx.Compact*4), 15))
		if columns <= 1 || columns != columns {
			return output
		}
		cols := int(columns)
		var tmp []string
		maxLineLength := make([]int, cols)
		for i := 0; i < cols; i++ {
			lineMaxLength := 0
			for j := i; j < outputLength; j += cols {
				if dataLen[j] > lineMaxLength {
					lineMaxLength = dataLen[j]
				}
			}
			maxLineLength[i] = lineMaxLength + separatorSpace
		}
		rightAlign := true
		if value != nil {
			for i := 0; i < len(output); i++ {
				v := ctx.r.Get(value, IndexKey(uint32(i)), ObjectValue(value))
				if !v.IsNumber() && !v.IsBigInt() {
					rightAlign = false
					break
				}
			}
		}
		for i := 0; i < outputLength; i += cols {
			maxIdx := min(i+cols, outputLength)
			var b strings.Builder
			j := i
			for ; j < maxIdx-1; j++ {
				padding := maxLineLength[j-i] + jsLen(output[j]) - dataLen[j]
				if rightAlign {
					b.WriteString(padStart(output[j]+", ", padding))
				} else {
					b.WriteString(padEnd(output[j]+", ", padding))
				}
			}
			if rightAlign {
				padding := maxLineLength[j-i] + jsLen(output[j]) - dataLen[j] - separatorSpace
				b.WriteString(padStart(output[j], padding))
			} else {
				b.WriteString(output[j])
			}
			tmp = append(tmp, b.String())
		}
		if ctx.MaxArrayLength < float64(len(output)) {
			tmp = append(tmp, output[outputLength])
		}
		output = tmp
	}
	return output
}

// jsRound is Math.round: halves round up.
func jsRound(x float64) float64 { return math.Floor(x + 0.5) }
