-- Type-ahead as a portal's search box sends it: GET /api/v1/practices:suggest?q=<prefix>, prefixes of 2 to 5
-- letters, lower case and without accents as people type them, of words in titles, places, principles and SDGs.
local words = {"participacion", "presupuesto", "participativo", "cabildo", "abierto", "datos", "contraloria",
               "social", "consulta", "ciudadana", "transparencia", "proactiva", "gobierno", "digital", "mesas",
               "vecinales", "rendicion", "cuentas", "obra", "publica", "compras", "juvenil", "agua", "saneamiento",
               "movilidad", "urbana", "seguridad", "igualdad", "genero", "colonias", "barrios", "comunidades",
               "escuelas", "mercados", "ejidos", "salud", "innovacion", "oaxaca", "puebla", "jalisco", "monterrey",
               "guadalajara", "merida", "chihuahua", "veracruz", "tepic", "nayarit", "hambre", "pobreza", "educacion"}
math.randomseed(20261201)
local prefixes = {}
for n = 1, 1000 do
  local word = words[math.random(#words)]
  prefixes[n] = word:sub(1, math.min(#word, math.random(2, 5)))
end
local counter = 0

request = function()
  counter = counter + 1
  return wrk.format("GET", "/api/v1/practices:suggest?q=" .. prefixes[(counter % #prefixes) + 1])
end
