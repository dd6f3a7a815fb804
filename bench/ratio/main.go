// Command ratio reads `go test -bench` output of BenchmarkEngines on stdin, echoes it, and prints
// each workload's time ratios: EngineScope (recording off) / goja, recording on / off, and
// recording with every event built / off.
package main

import (
	"bufio"
	"fmt"
	"os"
	"regexp"
	"strconv"
)

var line = regexp.MustCompile(`^BenchmarkEngines/(\w+)/([\w-]+?)(?:-\d+)?\s+\d+\s+([\d.]+) ns/op`)

func main() {
	times := map[string]map[string]float64{}
	var order []string
	sc := bufio.NewScanner(os.Stdin)
	for sc.Scan() {
		fmt.Println(sc.Text())
		m := line.FindStringSubmatch(sc.Text())
		if m == nil {
			continue
		}
		ns, _ := strconv.ParseFloat(m[3], 64)
		if times[m[1]] == nil {
			times[m[1]] = map[string]float64{}
			order = append(order, m[1])
		}
		times[m[1]][m[2]] = ns
	}
	if len(order) == 0 {
		fmt.Fprintln(os.Stderr, "ratio: no BenchmarkEngines results on stdin")
		os.Exit(1)
	}
	fmt.Printf("\n%-20s %10s %10s %10s %10s %10s %9s %11s\n", "workload", "goja ms", "off ms", "on ms", "events ms", "off/goja", "on/off", "events/off")
	for _, w := range order {
		t := times[w]
		off := t["enginescope-off"]
		fmt.Printf("%-20s %10.1f %10.1f %10.1f %10.1f %9.2f× %8.2f× %10.2f×\n", w, t["goja"]/1e6, off/1e6, t["enginescope-on"]/1e6,
			t["enginescope-events"]/1e6, off/t["goja"], t["enginescope-on"]/off, t["enginescope-events"]/off)
	}
	fmt.Println("\non: the engine records its step log (what recording costs a run); events: every record is")
	fmt.Println("also built into a typed event, as a reader of the whole stream (JSONL, the page) pays.")
}
