// Command ratio reads `go test -bench` output of BenchmarkEngines on stdin, echoes it, and prints
// each workload's time ratios: EngineScope (recording off) / goja, and recording on / off.
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
	fmt.Printf("\n%-20s %12s %12s %12s %14s %12s\n", "workload", "goja ms", "off ms", "on ms", "off/goja", "on/off")
	for _, w := range order {
		t := times[w]
		fmt.Printf("%-20s %12.1f %12.1f %12.1f %13.2f× %11.2f×\n", w, t["goja"]/1e6, t["enginescope-off"]/1e6, t["enginescope-on"]/1e6,
			t["enginescope-off"]/t["goja"], t["enginescope-on"]/t["enginescope-off"])
	}
}
