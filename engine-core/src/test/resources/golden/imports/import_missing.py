print("start")
import does_not_exist
