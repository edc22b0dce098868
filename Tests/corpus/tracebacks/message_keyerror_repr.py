raise KeyError("a 'quoted' key")
