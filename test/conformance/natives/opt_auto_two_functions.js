// record: opt
// Two functions get hot one after the other; each has its own budget, so each is marked for
// Maglev and TurboFan on its own. The drivers are never optimized; the loops are long enough
// for the concurrent compilations of one function to finish before the next loop starts.
function sq(x) {
  return x * x;
}
function cube(x) {
  return x * x * x;
}
function driveSq(n) {
  let s = 0;
  for (let i = 0; i < n; i++) s = (s + sq(i & 15)) | 0;
  return s;
}
function driveCube(n) {
  let s = 0;
  for (let i = 0; i < n; i++) s = (s + cube(i & 15)) | 0;
  return s;
}
%NeverOptimizeFunction(driveSq);
%NeverOptimizeFunction(driveCube);
console.log('squares:', driveSq(500000));
console.log('cubes:', driveCube(500000));
