-- wrk script: GET /citizen/v1/citizens/{nino} over the NINOs listed in stubs/target/bench/ninos.txt
-- (written by load-test.sh from NinoList.java), one after another.
local ninos = {}
for line in io.lines("stubs/target/bench/ninos.txt") do
  ninos[#ninos + 1] = line
end
local n = 0
request = function()
  n = n + 1
  return wrk.format("GET", "/citizen/v1/citizens/" .. ninos[(n % #ninos) + 1])
end
