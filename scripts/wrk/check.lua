-- POST /api/checks/customer with a matching tenant and domain.
wrk.method = "POST"
wrk.path = "/api/checks/customer"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Bearer " .. os.getenv("CPOR_TOKEN")
wrk.body = '{"tenant_id":"6a1f3c52-0b7e-4d2a-9f14-3c8e5b7d2a10","domain":"contoso.com"}'
