alpha, beta, gamma = 1, 2, None
result = alpha * 2 + beta * 3 + gamma * 4 + alpha * beta + beta * gamma + alpha * gamma + 12345
