-- GET /api/claims: the first page of the signed-in organisation's list.
function request()
  local headers = { ["Authorization"] = "Bearer " .. os.getenv("CPOR_TOKEN") }
  return wrk.format("GET", "/api/claims?per_page=25", headers)
end
