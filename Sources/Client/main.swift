print("zicha")
