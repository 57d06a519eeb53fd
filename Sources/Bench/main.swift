print("zicha-bench")
