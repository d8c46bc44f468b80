-- wrk script: POSTs the JSON body in the file named by the BODY environment variable to /graphql.
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
local file = assert(io.open(os.getenv("BODY"), "r"))
wrk.body = file:read("*a")
file:close()
