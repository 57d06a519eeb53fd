print("zicha-server")
