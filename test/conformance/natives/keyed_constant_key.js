// o['name'] with a constant string is compiled as a named store, o[k] with a variable as a
// keyed store; only keyed stores that create new transitions count towards the keyed
// dictionary limit. (The two objects use different names so that the keyed one cannot follow
// transitions the named one created.)
const named = {};
named['a0'] = 0; named['a1'] = 1; named['a2'] = 2; named['a3'] = 3; named['a4'] = 4;
named['a5'] = 5; named['a6'] = 6; named['a7'] = 7; named['a8'] = 8; named['a9'] = 9;
named['a10'] = 10; named['a11'] = 11; named['a12'] = 12; named['a13'] = 13; named['a14'] = 14;
named['a15'] = 15; named['a16'] = 16; named['a17'] = 17; named['a18'] = 18; named['a19'] = 19;
named['a20'] = 20; named['a21'] = 21; named['a22'] = 22; named['a23'] = 23; named['a24'] = 24;
console.log("25 adds with o['const']: fast", %HasFastProperties(named));
const keyed = {};
for (let i = 0; i < 25; i++) keyed['b' + i] = i;
console.log('25 adds with o[k]: fast', %HasFastProperties(keyed));
const numericName = {};
for (let i = 0; i < 25; i++) numericName[i] = i;
console.log('25 adds with integer keys (elements): fast', %HasFastProperties(numericName), 'dictionary elements', %HasDictionaryElements(numericName));
