-- A GET that sends back the ETag of the first answer, as a client with a cache does (304 path).
local etag = nil

request = function()
  if etag then
    return wrk.format("GET", nil, {["If-None-Match"] = etag})
  end
  return wrk.format("GET")
end

response = function(status, headers)
  if status == 200 and not etag then
    etag = headers["ETag"] or headers["Etag"] or headers["etag"]
  end
end
